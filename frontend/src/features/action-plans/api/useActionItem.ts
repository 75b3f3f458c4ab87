import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { ifMatchOf } from '@/lib/api/ifMatch';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ActionItemDetail = components['schemas']['ActionItemDetail'];
export type ProgressUpdateInput = components['schemas']['ProgressUpdateInput'];

export function useActionItem(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['action-item', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/action-items/{id}', { params: { path: { id } } })),
  });
}

/**
 * Adds a progress update quoting the ETag the officer's page was read at: if somebody else has updated the item
 * since, the service refuses (412) rather than let this update land on news the officer has not seen.
 */
export function useAddUpdate(id: number, etag: () => Promise<{ 'If-Match'?: string }>) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ProgressUpdateInput) =>
      unwrap(await api.POST('/api/v1/action-items/{id}/updates', { params: { path: { id }, header: await etag() }, body: input })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The item's current ETag, read just before writing. */
export function useItemTag(id: number) {
  const api = useApi();
  return async () => ifMatchOf(await api.GET('/api/v1/action-items/{id}', { params: { path: { id } } }));
}

export function useAskQuestion(id: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      unwrap(await api.POST('/api/v1/action-items/{id}/questions', { params: { path: { id } }, body: { text } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-item', id] }),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['action-item', id] }),
  });
}
