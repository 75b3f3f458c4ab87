import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type TargetInput = components['schemas']['TargetInput'];

export function useSaveTarget(code: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ area, period, input }: { area: string; period: string; input: TargetInput }) => {
      const path = { code, area, period };
      const current = await api.GET('/api/v1/indicators/{code}/targets/{area}/{period}', { params: { path } });
      if (current.error && current.response.status !== 404) unwrap(current);
      const etag = current.response.ok ? (current.response.headers.get('ETag') ?? undefined) : undefined;
      return unwrap(
        await api.PUT('/api/v1/indicators/{code}/targets/{area}/{period}', {
          params: { path, header: etag ? { 'If-Match': etag } : {} },
          body: input,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
