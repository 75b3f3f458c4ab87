import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { meKeys } from '@/lib/api/queryKeys';
import { useSession } from './SessionContext';

/**
 * The authorities to pick from: a signed-in user's own, or every local authority for someone who acts for none
 * or has not signed in (the public pages).
 */
export function useAuthorities() {
  const api = useApi();
  const { authenticated } = useSession();
  return useQuery({
    queryKey: meKeys.authoritiesToPick(authenticated),
    queryFn: async () => {
      if (authenticated) {
        const me = unwrap(await api.GET('/api/v1/me'));
        if (me.authorities.length > 0) return me.authorities;
      }
      const areas = unwrap(await api.GET('/api/v1/areas', { params: { query: { kind: 'local-authority' } } }));
      return areas.items.map((area) => ({ code: area.code, name: area.name }));
    },
  });
}
