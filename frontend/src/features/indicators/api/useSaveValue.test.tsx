import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cacheOfEveryQuery, ENGLAND, refreshed, WALSALL } from '@/testing/everyQuery';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { useSaveValue } from './useSaveValue';

async function saveValue(area: string) {
  const queryClient = cacheOfEveryQuery();
  const { result } = renderApiHook(() => useSaveValue('HLTH_DENTAL', area, '2022-23'), {
    queryClient,
    responses: { [`PUT /api/v1/indicators/HLTH_DENTAL/values/${area}/2022-23`]: { status: 200, body: fixture('IndicatorValue', { area, value: 92 }) } },
  });
  const saved = vi.fn();
  act(() => result.current.save({ value: 92, status: 'final' }, { resource: null }, saved));
  await waitFor(() => expect(saved).toHaveBeenCalled());
  return refreshed(queryClient);
}

describe('useSaveValue', () => {
  it("refreshes the indicator's values and the area's scorecards, every period and the public one, and nothing else", async () => {
    expect(await saveValue(WALSALL)).toEqual([
      'dentalValues',
      'dentalValueOfWalsall',
      'walsallScorecard',
      'walsallEarlierHealthScorecard',
      'walsallPeriods',
      'walsallPublicScorecard',
      'walsallPublicPeriods',
    ]);
  });

  it('refreshes every scorecard that compares itself with the area saved for, but not their lists of periods', async () => {
    expect(await saveValue(ENGLAND)).toEqual([
      'dentalValues',
      'dentalValueOfWalsall',
      'walsallScorecard',
      'walsallEarlierHealthScorecard',
      'dudleyScorecard',
      'walsallPublicScorecard',
      'dudleyPublicScorecard',
    ]);
  });
});
