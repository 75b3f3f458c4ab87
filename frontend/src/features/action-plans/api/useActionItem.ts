import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys, planKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { seenOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type ActionItemDetail = components['schemas']['ActionItemDetail'];
export type ProgressUpdateInput = components['schemas']['ProgressUpdateInput'];
type ActionItem = components['schemas']['ActionItem'];

/**
 * The item page's content with its ETag. The page shows exactly this version, and adding an update quotes it, so
 * it is not read again behind the officer's back (when the window regains focus); it is read again after a change.
 */
const readActionItem = async (api: ApiClient, id: number) => seenOf(await api.GET('/api/v1/action-items/{id}', { params: { path: { id } } }));

export function useActionItem(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: actionItemKeys.detail(id),
    queryFn: () => readActionItem(api, id),
    refetchOnWindowFocus: false,
  });
}

/**
 * An update changes the item, and what shows the item's status: its plan's items (and what would be carried
 * forward), and the authority's list of plans, which counts the items by status.
 */
export function updateAdded(item: Pick<ActionItem, 'id' | 'planId' | 'authority'>): Changed {
  return [{ queryKey: actionItemKeys.detail(item.id) }, { queryKey: planKeys.plan(item.planId) }, { queryKey: planKeys.list(item.authority) }];
}

/**
 * Adds a progress update quoting the ETag of the page the officer read: if somebody else has updated the item
 * since, the service refuses (412) rather than let this update land on news the officer has not seen.
 */
export function useAddUpdate(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: ProgressUpdateInput, ifMatch) => unwrap(await api.POST('/api/v1/action-items/{id}/updates', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readActionItem(api, id),
    changed: updateAdded,
  });
}

export function useAskQuestion(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(await api.POST('/api/v1/action-items/{id}/questions', { params: { path: { id } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionItemKeys.detail(id) }),
  });
}

export function useAnswerQuestion(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ questionId, text }: { questionId: number; text: string }) =>
      unwrap(
        await api.PUT('/api/v1/action-items/{id}/questions/{questionId}/answer', {
          params: { path: { id, questionId } },
          body: { text },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionItemKeys.detail(id) }),
  });
}
