import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { scorecardKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type Scorecard = components['schemas']['Scorecard'];
export type ScorecardRow = components['schemas']['ScorecardRow'];
export type Priority = components['schemas']['Priority'];

export function useScorecard(area: string | undefined, period: string | undefined, priority?: Priority) {
  const api = useApi();
  return useQuery({
    queryKey: scorecardKeys.card(area, period, priority),
    enabled: Boolean(area && period),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/scorecard', { params: { query: { area: area!, period: period!, priority } } })),
  });
}
