import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { scorecardKeys } from '@/lib/api/queryKeys';

export function useScorecardPeriods(area: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: scorecardKeys.periods(area),
    enabled: Boolean(area),
    queryFn: async () => unwrap(await api.GET('/api/v1/scorecard/periods', { params: { query: { area: area! } } })).items,
  });
}
