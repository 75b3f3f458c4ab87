import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys, publicScorecardKeys, scorecardKeys, targetKeys, valueKeys } from '@/lib/api/queryKeys';
import { refresh, type Changed } from '@/lib/api/refresh';

export type ImportKind = 'values' | 'targets';

/**
 * An import may hold figures of any indicator, area and period: it changes every value (or target), every
 * scorecard, signed-in and public, and the action items whose linked indicators show them, but not the catalogue,
 * the action plans or anything else.
 */
export function figuresImported(kind: ImportKind): Changed {
  return [
    { queryKey: kind === 'values' ? valueKeys.all : targetKeys.all },
    { queryKey: scorecardKeys.all },
    { queryKey: publicScorecardKeys.all },
    { queryKey: actionItemKeys.all },
  ];
}

/** Sends a CSV file of values or targets to its import, as a dry run (nothing written) or for real. */
export function useImport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, csv, dryRun }: { kind: ImportKind; csv: string; dryRun: boolean }) =>
      unwrap(
        await api.POST(kind === 'values' ? '/api/v1/imports/values' : '/api/v1/imports/targets', {
          params: { query: { dryRun } },
          // The contract takes text/csv or JSON; the file goes as it is.
          body: csv as never,
          bodySerializer: (body: unknown) => body as string,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSuccess: (_report, { kind, dryRun }) => {
      if (!dryRun) void refresh(queryClient, figuresImported(kind));
    },
  });
}
