import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

export function useYouSaid(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: ['you-said-we-did', authority],
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/you-said-we-did', { params: { query: { authority: authority! } } })),
  });
}
