import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Indicator = components['schemas']['Indicator'];

export function useIndicator(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['indicator', code],
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators/{code}', { params: { path: { code } } })),
  });
}
