import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { dashboardKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type Dashboard = components['schemas']['Dashboard'];

export function useDashboard(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: dashboardKeys.authority(authority),
    enabled: authority !== undefined,
    queryFn: async (): Promise<Dashboard> => unwrap(await api.GET('/api/v1/dashboard', { params: { query: { authority } } })),
  });
}
