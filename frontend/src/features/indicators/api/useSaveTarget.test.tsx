import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cacheOfEveryQuery, EVERY_ACTION_ITEM, refreshed, WALSALL, WALSALL_SCORECARDS } from '@/testing/everyQuery';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { useSaveTarget } from './useSaveTarget';

describe('useSaveTarget', () => {
  it("refreshes the target, the area's scorecards, signed-in and public, and the action items, and nothing else", async () => {
    const queryClient = cacheOfEveryQuery();
    const { result } = renderApiHook(() => useSaveTarget('HLTH_DENTAL', WALSALL, '2023-24'), {
      queryClient,
      responses: { [`PUT /api/v1/indicators/HLTH_DENTAL/targets/${WALSALL}/2023-24`]: { status: 200, body: fixture('Target', { value: 95 }) } },
    });
    const saved = vi.fn();
    act(() => result.current.save({ pending: false, value: 95 }, { resource: null }, saved));
    await waitFor(() => expect(saved).toHaveBeenCalled());

    expect(refreshed(queryClient)).toEqual(['dentalTargetOfWalsall', ...WALSALL_SCORECARDS, ...EVERY_ACTION_ITEM]);
  });
});
