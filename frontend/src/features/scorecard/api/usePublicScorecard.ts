import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { areaKeys, publicScorecardKeys } from '@/lib/api/queryKeys';

/** The local authorities that publish their scorecard. */
export function usePublishingAuthorities() {
  const api = useApi();
  return useQuery({
    queryKey: areaKeys.publishingScorecards,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/areas', { params: { query: { kind: 'local-authority' } } }))
        .items.filter((area) => area.publishesScorecard)
        .map((area) => ({ code: area.code, name: area.name })),
  });
}

export function usePublicPeriods(area: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: publicScorecardKeys.periods(area),
    enabled: Boolean(area),
    queryFn: async () => unwrap(await api.GET('/api/v1/public/scorecard/periods', { params: { query: { area: area! } } })).items,
  });
}

export function usePublicScorecard(area: string | undefined, period: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: publicScorecardKeys.card(area, period),
    enabled: Boolean(area && period),
    queryFn: async () => unwrap(await api.GET('/api/v1/public/scorecard', { params: { query: { area: area!, period: period! } } })),
  });
}
