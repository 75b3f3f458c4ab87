import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { scorecardKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

type Priority = components['schemas']['Priority'];

/** How the indicator stands on the authority's scorecard for the period: its row, if it has one. */
export function useStanding(code: string, priority: Priority | undefined, area: string | undefined, period: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: scorecardKeys.card(area, period, priority),
    enabled: Boolean(priority && area && period),
    queryFn: async () => unwrap(await api.GET('/api/v1/scorecard', { params: { query: { area: area!, period: period!, priority } } })),
    select: (scorecard) => ({
      areaName: scorecard.areaName,
      row: scorecard.groups.flatMap((g) => g.rows).find((row) => row.indicator === code),
    }),
  });
}
