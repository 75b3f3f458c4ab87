import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import { unwrap } from './problem';
import { dataCheckKeys } from './queryKeys';
import type { components } from './schema';

export type DataCheck = components['schemas']['DataCheck'];
export type CheckStatus = 'open' | 'explained' | 'all';

/**
 * An authority's data-check warnings: open, explained or all; of one indicator when given. Shared because two
 * features show them: the data checks page, and the indicator page (its indicator's open warnings).
 */
export function useDataChecks(authority: string | undefined, status: CheckStatus, indicator?: string) {
  const api = useApi();
  return useQuery({
    queryKey: dataCheckKeys.list(authority, status, indicator),
    enabled: Boolean(authority),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/data-checks', { params: { query: { authority: authority ?? '', status, indicator } } })).items,
  });
}
