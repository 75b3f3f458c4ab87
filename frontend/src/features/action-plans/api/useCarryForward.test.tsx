import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cacheOfEveryQuery, refreshed } from '@/testing/everyQuery';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { useCarryForward } from './useCarryForward';

describe('useCarryForward', () => {
  it('refreshes both plans, the lists of plans and the items carried; not the other authority’s plan nor the items left', async () => {
    const queryClient = cacheOfEveryQuery();
    const { result } = renderApiHook(() => useCarryForward(7), {
      queryClient,
      responses: {
        // Item a (101) of plan 7 goes to plan 8; item b (102) was complete, so stays.
        'POST /api/v1/action-plans/7/carry-forward': { status: 200, body: fixture('CarryForwardResult') },
      },
    });
    await act(() => result.current.mutateAsync());

    expect(refreshed(queryClient)).toEqual(['walsallPlans', 'dudleyPlans', 'walsallPlanItems', 'walsallPlanOverdueItems', 'walsallCarryForward', 'walsallNextPlanItems', 'itemA']);
  });
});
