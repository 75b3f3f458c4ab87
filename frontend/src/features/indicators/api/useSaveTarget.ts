import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { ifMatchOf } from '@/lib/api/ifMatch';
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
      return unwrap(
        await api.PUT('/api/v1/indicators/{code}/targets/{area}/{period}', {
          params: { path, header: ifMatchOf(current) },
          body: input,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
