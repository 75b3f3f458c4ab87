import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { valueKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type IndicatorValue = components['schemas']['IndicatorValue'];

/** Every value of the indicator the caller may see, for all areas: the authority's and its comparators'. */
export function useIndicatorValues(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: valueKeys.list(code),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/indicators/{code}/values', { params: { path: { code } } })).items,
  });
}
