import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { indicatorKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type Indicator = components['schemas']['Indicator'];

export function useIndicator(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: indicatorKeys.detail(code),
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators/{code}', { params: { path: { code } } })),
  });
}
