import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { meKeys } from '@/lib/api/queryKeys';
import { usePermissions } from '@/lib/auth/usePermissions';
import { useMayNotWrite } from './CannotUseForm';

const WALSALL = 'E08000030';
const SANDWELL = 'E08000028';

/** Whether the hook refuses, for each authority asked about, once the reader's roles are read. */
async function refusals(me: Parameters<typeof fixture<'Me'>>[1]) {
  const { result } = renderApiHook(
    () => ({ loaded: usePermissions().loaded, unknown: useMayNotWrite(undefined), walsall: useMayNotWrite(WALSALL), sandwell: useMayNotWrite(SANDWELL) }),
    { responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', me) } } },
  );
  await waitFor(() => expect(result.current.loaded).toBe(true));
  const { unknown, walsall, sandwell } = result.current;
  return { unknown, walsall, sandwell };
}

describe('useMayNotWrite', () => {
  it('refuses a board member at once, before the form’s record names its authority, and for their own authority', async () => {
    expect(await refusals({ roles: ['board-member'] })).toEqual({ unknown: true, walsall: true, sandwell: true });
  });

  it('lets an officer write their own authority’s papers and refuses another’s once the record names it', async () => {
    expect(await refusals({ roles: ['officer'] })).toEqual({ unknown: false, walsall: false, sandwell: true });
  });

  it('lets an administrator write every authority’s papers', async () => {
    expect(await refusals({ roles: ['admin'], authorities: [] })).toEqual({ unknown: false, walsall: false, sandwell: false });
  });

  it('refuses nobody while the roles cannot be read: the form shows and the service decides', async () => {
    const { result, queryClient } = renderApiHook(() => ({ unknown: useMayNotWrite(undefined), walsall: useMayNotWrite(WALSALL) }), {
      responses: { 'GET /api/v1/me': { status: 500, body: fixture('Problem', { status: 500 }) } },
    });
    await waitFor(() => expect(queryClient.getQueryState(meKeys.me)?.status).toBe('error'));
    expect(result.current).toEqual({ unknown: false, walsall: false });
  });
});
