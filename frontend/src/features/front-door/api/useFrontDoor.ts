import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, publicScorecardKeys } from '@/lib/api/queryKeys';
import { boardToday } from '@/lib/periods';

/** The authority's public scorecard for a year, as the public scorecard page reads it. */
export function usePublicScorecardOf(area: string | undefined, period: string | null | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: publicScorecardKeys.card(area, period ?? undefined),
    enabled: area !== undefined && !!period,
    queryFn: async () => unwrap(await api.GET('/api/v1/public/scorecard', { params: { query: { area: area!, period: period! } } })),
  });
}

/** The authority's meetings from today on, soonest first. */
export function useUpcomingMeetings(authority: string | undefined) {
  const api = useApi();
  const today = boardToday();
  return useQuery({
    queryKey: meetingKeys.list({ authority, from: today }),
    enabled: authority !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings', { params: { query: { authority, from: today } } })),
  });
}
