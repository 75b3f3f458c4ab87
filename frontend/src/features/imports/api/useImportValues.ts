import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

/** Sends a CSV file to the import, as a dry run (nothing written) or for real. */
export function useImportValues() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ csv, dryRun }: { csv: string; dryRun: boolean }) =>
      unwrap(
        await api.POST('/api/v1/imports/values', {
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
