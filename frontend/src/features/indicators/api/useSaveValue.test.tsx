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
  it("refreshes the indicator's values, the area's scorecards (every period and the public one) and the action items, and nothing else", async () => {
    expect(await saveValue(WALSALL)).toEqual([
      'dentalValues',
      'dentalValueOfWalsall',
      'walsallScorecard',
      'walsallEarlierHealthScorecard',
      'walsallPeriods',
      'walsallPublicScorecard',
      'walsallPublicPeriods',
      'itemA',
      'itemB',
      'dudleyItem',
    ]);
  });

  it("refreshes every authority's cards for a comparator's value, but not their lists of periods", async () => {
    expect(await saveValue(ENGLAND)).toEqual([
      'dentalValues',
      'dentalValueOfWalsall',
      'walsallScorecard',
      'walsallEarlierHealthScorecard',
      'dudleyScorecard',
      'walsallPublicScorecard',
      'dudleyPublicScorecard',
      'itemA',
      'itemB',
      'dudleyItem',
    ]);
  });

  it("refreshes every authority's cards for a comparator that no cached card shows yet: its first value adds a reading to them", async () => {
    expect(await saveValue('SN-E08000030')).toEqual([
      'dentalValues',
      'dentalValueOfWalsall',
      'walsallScorecard',
      'walsallEarlierHealthScorecard',
      'dudleyScorecard',
      'walsallPublicScorecard',
      'dudleyPublicScorecard',
      'itemA',
      'itemB',
      'dudleyItem',
    ]);
  });
});
