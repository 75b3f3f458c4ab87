import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cacheOfEveryQuery, refreshed } from '@/testing/everyQuery';
import { renderApiHook } from '@/testing/render';
import { useCarryForward } from './useCarryForward';

describe('useCarryForward', () => {
  it('refreshes both plans, the lists of plans and the items carried; not the other authority’s plan nor the items left', async () => {
    const queryClient = cacheOfEveryQuery();
    const { result } = renderApiHook(() => useCarryForward(7), {
      queryClient,
      responses: {
        'POST /api/v1/action-plans/7/carry-forward': {
          status: 200,
          body: { fromPlanId: 7, toPlanId: 8, toYear: '2024-25', carried: [{ fromItemId: 101, fromLetter: 'a', what: 'Training', status: 'at-risk', toItemId: 301, toLetter: 'a' }] },
        },
      },
    });
    await act(() => result.current.mutateAsync());

    expect(refreshed(queryClient)).toEqual(['walsallPlans', 'dudleyPlans', 'walsallPlanItems', 'walsallPlanOverdueItems', 'walsallCarryForward', 'walsallNextPlanItems', 'itemA']);
  });
});
