import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

export type ImportKind = 'values' | 'targets';

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
    onSuccess: (_report, { dryRun }) => {
      if (!dryRun) void queryClient.invalidateQueries();
    },
  });
}
