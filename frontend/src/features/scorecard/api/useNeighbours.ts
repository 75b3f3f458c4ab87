import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { areaKeys } from '@/lib/api/queryKeys';

/** An authority's statistical neighbours, nearest first, or null when it has none. */
export function useNeighbours(area: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: areaKeys.neighbourGroups,
    enabled: Boolean(area),
    queryFn: async () => unwrap(await api.GET('/api/v1/areas', { params: { query: { kind: 'statistical-neighbours' } } })).items,
    select: (groups) => {
      const group = groups.find((candidate) => candidate.parentCode === area);
      return group?.members?.length ? group.members : null;
    },
  });
}
