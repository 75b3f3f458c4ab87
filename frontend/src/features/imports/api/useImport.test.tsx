import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cacheOfEveryQuery, EVERY_ACTION_ITEM, refreshed } from '@/testing/everyQuery';
import { fixture } from '@/testing/fixtures';
import { renderApiHook } from '@/testing/render';
import { useImport, type ImportKind } from './useImport';

async function runImport(kind: ImportKind, dryRun: boolean) {
  const queryClient = cacheOfEveryQuery();
  const { result } = renderApiHook(() => useImport(), {
    queryClient,
    responses: { [`POST /api/v1/imports/${kind}`]: { status: 200, body: fixture('ImportReport', { dryRun }) } },
  });
  await act(() => result.current.mutateAsync({ kind, csv: 'header\nrow', dryRun }));
  return refreshed(queryClient);
}

const EVERY_SCORECARD = [
  'walsallScorecard',
  'walsallEarlierHealthScorecard',
  'walsallPeriods',
  'dudleyScorecard',
  'dudleyPeriods',
  'walsallPublicScorecard',
  'walsallPublicPeriods',
  'dudleyPublicScorecard',
];

describe('useImport', () => {
  it('refreshes nothing after a dry run, which writes nothing', async () => {
    expect(await runImport('values', true)).toEqual([]);
  });

  it('refreshes every value, scorecard and action item after an import of values; not the targets, the catalogue or the plans', async () => {
    expect(await runImport('values', false)).toEqual(['dentalValues', 'dentalValueOfWalsall', 'otherIndicatorValues', ...EVERY_SCORECARD, ...EVERY_ACTION_ITEM]);
  });

  it('refreshes every target, scorecard and action item after an import of targets; not the values', async () => {
    expect(await runImport('targets', false)).toEqual(['dentalTargetOfWalsall', 'dentalTargetOfDudley', ...EVERY_SCORECARD, ...EVERY_ACTION_ITEM]);
  });
});
