import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { planKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type ActionPlan = components['schemas']['ActionPlan'];
export type ActionItem = components['schemas']['ActionItem'];
export type ActionItemList = components['schemas']['ActionItemList'];
export type ItemStatus = components['schemas']['ItemStatus'];
export type Priority = components['schemas']['Priority'];

export interface ItemFilter {
  status?: ItemStatus;
  owner?: string;
  overdue?: boolean;
}

export function usePlans(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.list(authority),
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/action-plans', { params: { query: { authority: authority! } } })).items,
  });
}

export function usePlanItems(planId: number | undefined, filter: ItemFilter = {}) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.items(planId, filter),
    enabled: planId !== undefined,
    // JSON is the default representation; the CSV is fetched by usePlanCsv.
    queryFn: async (): Promise<ActionItemList> =>
      unwrap(
        await api.GET('/api/v1/action-plans/{id}/items', {
          params: {
            path: { id: planId! },
            query: { status: filter.status, owner: filter.owner || undefined, overdue: filter.overdue || undefined },
          },
        }),
      ) as ActionItemList,
  });
}
