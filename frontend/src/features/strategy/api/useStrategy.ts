import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { strategyKeys } from '@/lib/api/queryKeys';

/** The authority's newest strategy, whole; null when it has none. */
export function useStrategy(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: strategyKeys.ofAuthority(authority),
    enabled: Boolean(authority),
    queryFn: async () => {
      const list = unwrap(await api.GET('/api/v1/strategies', { params: { query: { authority: authority! } } }));
      const newest = list.items[0];
      if (!newest) return null;
      return unwrap(await api.GET('/api/v1/strategies/{id}', { params: { path: { id: newest.id } } }));
    },
  });
}
