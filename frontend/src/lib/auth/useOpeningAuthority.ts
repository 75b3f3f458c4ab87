import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { meKeys, publicAuthorityKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';
import { useSession } from './SessionContext';

export type PublicAuthority = components['schemas']['PublicAuthority'];

/** What each local authority has published, and the one a visitor's pages open on. Public. */
export function usePublicAuthorities(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: publicAuthorityKeys.all,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/public/authorities')),
  });
}

/** The part of the public front door a page shows, and whether an authority has anything in it. */
export type PublicPart = 'scorecard' | 'strategy' | 'you-said' | 'meetings';

const SHOWS: Record<PublicPart, (authority: PublicAuthority) => boolean> = {
  scorecard: (authority) => authority.scorecardPeriod !== null,
  strategy: (authority) => authority.strategy,
  'you-said': (authority) => authority.youSaidEntries > 0,
  meetings: (authority) => authority.upcomingMeetings > 0,
};

/** Of the authorities, the one a page of this part opens on: the front door's own if it has the part, else the first that has it. */
export function openingAuthority(list: components['schemas']['PublicAuthorityList'] | undefined, part?: PublicPart): string | undefined {
  if (!list) return undefined;
  const opening = list.items.find((authority) => authority.code === list.opening);
  if (!part || (opening && SHOWS[part](opening))) return list.opening ?? undefined;
  return list.items.find(SHOWS[part])?.code ?? list.opening ?? undefined;
}

/**
 * The authority a page opens on when its address names none: a signed-in person's own (the first, as the pickers
 * list them), and otherwise one that has something to show on the page, never an empty one.
 */
export function useOpeningAuthority(part?: PublicPart): string | undefined {
  const api = useApi();
  const { authenticated } = useSession();
  const me = useQuery({ queryKey: meKeys.me, enabled: authenticated, queryFn: async () => unwrap(await api.GET('/api/v1/me')) });
  const own = me.data?.authorities[0]?.code;
  const publicAuthorities = usePublicAuthorities(!authenticated || (me.isFetched && own === undefined));
  return own ?? openingAuthority(publicAuthorities.data, part);
}
