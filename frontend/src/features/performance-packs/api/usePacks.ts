import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, packKeys } from '@/lib/api/queryKeys';
import { refresh, type Changed } from '@/lib/api/refresh';
import { seenOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

type Schemas = components['schemas'];
export type PerformancePack = Schemas['PerformancePack'];
export type PerformancePackSummary = Schemas['PerformancePackSummary'];
export type PerformancePackInput = Schemas['PerformancePackInput'];
export type PackContent = Schemas['PackContent'];
export type PackIndicator = Schemas['PackIndicator'];
export type PackChange = Schemas['PackChange'];
export type PackPriority = Schemas['PackPriority'];
export type PackFreezeInput = Schemas['PackFreezeInput'];
export type PackCommentaryInput = Schemas['PackCommentaryInput'];

/** An authority's packs, newest first, without their content. */
export function usePacks(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: packKeys.list(authority),
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/performance-packs', { params: { query: { authority } } })).items,
  });
}

const packChanged = (id: number): Changed => [{ queryKey: packKeys.detail(id) }, { queryKey: packKeys.lists() }];

export function useCreatePack() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PerformancePackInput) => unwrap(await api.POST('/api/v1/performance-packs', { body: input })),
    onSuccess: (pack) => refresh(queryClient, packChanged(pack.id)),
  });
}

const readPack = async (api: ApiClient, id: number) => seenOf(await api.GET('/api/v1/performance-packs/{id}', { params: { path: { id } } }));

/**
 * The pack with its ETag. A draft's content is generated afresh on each read; the page reads it again only after a
 * change, so the commentary an officer writes quotes the pack as the page shows it.
 */
export function usePack(id: number) {
  const api = useApi();
  return useQuery({ queryKey: packKeys.detail(id), queryFn: () => readPack(api, id), refetchOnWindowFocus: false });
}

/** An officer's commentary on one indicator of a draft; it quotes the pack's ETag, as every change to the pack does. */
export function useWriteCommentary(id: number, indicator: string) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: PackCommentaryInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/performance-packs/{id}/commentary/{indicator}', { params: { path: { id, indicator }, header: ifMatch }, body: input })),
    read: () => readPack(api, id),
    changed: () => packChanged(id),
  });
}

/** Freezing keeps the pack as presented, for good; the meeting's page may show it. */
export function useFreezePack(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: PackFreezeInput, ifMatch) =>
      unwrap(await api.POST('/api/v1/performance-packs/{id}/freeze', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readPack(api, id),
    changed: () => [...packChanged(id), { queryKey: meetingKeys.all }],
  });
}

/** What has changed in the live figures since the pack was frozen; a draft has none. */
export function usePackChanges(id: number, frozen: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: packKeys.changes(id),
    enabled: frozen,
    queryFn: async () => unwrap(await api.GET('/api/v1/performance-packs/{id}/changes', { params: { path: { id } } })),
  });
}

/** The address of the pack rendered as a PDF; packs are private, so the download carries the officer's token. */
export const packPdfHref = (id: number) => `/api/v1/performance-packs/${id}/render?format=pdf`;

/** A meeting's agenda items, for the freeze form to name the item the pack was presented under. */
export function useAgendaItemsOf(meetingId: number | undefined) {
  const api = useApi();
  return useQuery({
    // Under the meeting's key, so a change to the meeting refreshes it; a key of its own, since it holds only the items.
    queryKey: [...meetingKeys.detail(meetingId ?? 0), 'agenda-items'],
    enabled: Boolean(meetingId),
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id: meetingId! } } })).agendaItems,
  });
}
