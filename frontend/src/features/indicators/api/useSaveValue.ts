import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ValueInput = components['schemas']['ValueInput'];

export function useSaveValue(code: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ area, period, input }: { area: string; period: string; input: ValueInput }) => {
      const path = { code, area, period };
      // Read first: a change must quote the version it replaces, a new value must not.
      const current = await api.GET('/api/v1/indicators/{code}/values/{area}/{period}', { params: { path } });
      if (current.error && current.response.status !== 404) unwrap(current);
      const etag = current.response.ok ? (current.response.headers.get('ETag') ?? undefined) : undefined;
      const saved = await api.PUT('/api/v1/indicators/{code}/values/{area}/{period}', {
        params: { path, header: etag ? { 'If-Match': etag } : {} },
        body: input,
      });
      return unwrap(saved);
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

