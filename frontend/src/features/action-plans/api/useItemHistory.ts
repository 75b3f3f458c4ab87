import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys } from '@/lib/api/queryKeys';

/** Who changed an action item and how (its authority's insiders only); read again whenever the item is. */
export function useItemHistory(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: actionItemKeys.history(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/action-items/{id}/history', { params: { path: { id } } })),
  });
}
