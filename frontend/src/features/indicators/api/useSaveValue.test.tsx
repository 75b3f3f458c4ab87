import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cacheOfEveryQuery, ENGLAND, EVERY_ACTION_ITEM, EVERY_CARD, refreshed, WALSALL, WALSALL_SCORECARDS } from '@/testing/everyQuery';
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
    expect(await saveValue(WALSALL)).toEqual(['dentalValues', 'dentalValueOfWalsall', ...WALSALL_SCORECARDS, ...EVERY_ACTION_ITEM]);
  });

  it.each([
    ['England, which every cached card shows', ENGLAND],
    ['a neighbour group that no cached card shows yet: its first value adds a reading to them', 'SN-E08000030'],
    ["an adoption agency, which its members' cards compare with", 'E90000001'],
  ])("refreshes every authority's cards, not their lists of periods, for a comparator's value: %s", async (_, area) => {
    expect(await saveValue(area)).toEqual(['dentalValues', 'dentalValueOfWalsall', ...EVERY_CARD, ...EVERY_ACTION_ITEM]);
  });
});
