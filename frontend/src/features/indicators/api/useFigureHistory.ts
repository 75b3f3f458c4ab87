import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { targetKeys, valueKeys } from '@/lib/api/queryKeys';

/** Who changed a value and how (the authority's insiders only); read again when its indicator's values change. */
export function useValueHistory(code: string, area: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: valueKeys.history(code, area, period),
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators/{code}/values/{area}/{period}/history', { params: { path: { code, area, period } } })),
  });
}

/** Who changed a target and how (the authority's insiders only). */
export function useTargetHistory(code: string, area: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: targetKeys.history(code, area, period),
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators/{code}/targets/{area}/{period}/history', { params: { path: { code, area, period } } })),
  });
}
