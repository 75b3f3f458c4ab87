import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

/** The authorities the caller may pick: their own, or every local authority for someone who acts for none. */
export function useAuthorities() {
  const api = useApi();
  return useQuery({
    queryKey: ['authorities-to-pick'],
    queryFn: async () => {
      const me = unwrap(await api.GET('/api/v1/me'));
      if (me.authorities.length > 0) return me.authorities;
      const areas = unwrap(await api.GET('/api/v1/areas', { params: { query: { kind: 'local-authority' } } }));
      return areas.items.map((area) => ({ code: area.code, name: area.name }));
    },
  });
}
