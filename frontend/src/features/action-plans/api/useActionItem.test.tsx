import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cacheOfEveryQuery, refreshed } from '@/testing/everyQuery';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { useAddUpdate, useAskQuestion } from './useActionItem';

describe('useAddUpdate', () => {
  it("refreshes the item, its plan's items and what would be carried forward, and its authority's plans; nothing else", async () => {
    const queryClient = cacheOfEveryQuery();
    const { result } = renderApiHook(() => useAddUpdate(101), {
      queryClient,
      responses: { 'POST /api/v1/action-items/101/updates': { status: 201, body: fixture('ActionItem', { status: 'on-track' }) } },
    });
    const saved = vi.fn();
    act(() => result.current.save({ status: 'on-track', text: 'Two members booked.' }, { resource: fixture('ActionItemDetail'), etag: '"3"' }, saved));
    await waitFor(() => expect(saved).toHaveBeenCalled());

    expect(refreshed(queryClient)).toEqual(['walsallPlans', 'walsallPlanItems', 'walsallPlanOverdueItems', 'walsallCarryForward', 'itemA']);
  });
});

describe('useAskQuestion', () => {
  it('refreshes only the item asked about', async () => {
    const queryClient = cacheOfEveryQuery();
    const { result } = renderApiHook(() => useAskQuestion(101), {
      queryClient,
      responses: { 'POST /api/v1/action-items/101/questions': { status: 201, body: fixture('ItemQuestion') } },
    });
    await act(() => result.current.mutateAsync('When will the training dates be agreed?'));

    expect(refreshed(queryClient)).toEqual(['itemA']);
  });
});
