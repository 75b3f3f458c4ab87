import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { ifMatchOf } from '@/lib/api/ifMatch';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ValueInput = components['schemas']['ValueInput'];

export function useSaveValue(code: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ area, period, input }: { area: string; period: string; input: ValueInput }) => {
      const path = { code, area, period };
      const current = await api.GET('/api/v1/indicators/{code}/values/{area}/{period}', { params: { path } });
      const saved = await api.PUT('/api/v1/indicators/{code}/values/{area}/{period}', {
        params: { path, header: ifMatchOf(current) },
        body: input,
      });
      return unwrap(saved);
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

