import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { youSaidKeys } from '@/lib/api/queryKeys';

export function useYouSaid(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: youSaidKeys.ofAuthority(authority),
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/you-said-we-did', { params: { query: { authority: authority! } } })),
  });
}
