import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { actionArisingKeys, boardKeys, meetingKeys, workProgrammeKeys } from '@/lib/api/queryKeys';
import { refresh, type Changed } from '@/lib/api/refresh';
import { READ_WHEN_FORM_OPENS, seenAtVersion, seenOf, type Seen } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

type Schemas = components['schemas'];
export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type AttendanceEntry = Schemas['AttendanceEntry'];
export type AttendanceInput = Schemas['AttendanceInput'];
export type DeclarationInput = Schemas['DeclarationInput'];
export type MeetingMinutes = Schemas['MeetingMinutes'];
export type MinutesItem = MeetingMinutes['items'][number];
export type Minute = Schemas['Minute'];
export type MinuteInput = Schemas['MinuteInput'];
export type Resolution = Schemas['Resolution'];
export type ResolutionInput = Schemas['ResolutionInput'];
export type Board = Schemas['Board'];

const readMeeting = async (api: ApiClient, id: number) => seenOf(await api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
const readMinutes = async (api: ApiClient, id: number) => unwrap(await api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id } } }));

/**
 * The meeting with its ETag. Recording attendance quotes it, so it is not read again behind the officer's back
 * when the window regains focus; it is read again after a change.
 */
export function useMeeting(id: number) {
  const api = useApi();
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => readMeeting(api, id), refetchOnWindowFocus: false });
}

/** The meeting as a form opens it: read afresh, and kept as opened while the officer edits. */
export function useMeetingForForm(id: number) {
  const api = useApi();
  return useQuery({ queryKey: [...meetingKeys.detail(id), 'form'], queryFn: () => readMeeting(api, id), ...READ_WHEN_FORM_OPENS });
}

export function useMinutes(id: number) {
  const api = useApi();
  return useQuery({ queryKey: meetingKeys.minutes(id), queryFn: () => readMinutes(api, id), refetchOnWindowFocus: false });
}

export function useMeetingChecks(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.checks(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}/checks', { params: { path: { id } } })).warnings,
  });
}

export function useBoards(authority: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: boardKeys.ofAuthority(authority),
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/boards', { params: { query: { authority } } })).items,
  });
}

/**
 * A change to a meeting or any of its parts changes its page (meeting, minutes, checks), the lists that show it
 * (the calendar counts its agenda items; "considered at" reads its agenda) and the work programme, laid out by
 * meeting.
 */
export function meetingChanged(id: number): Changed {
  return [{ queryKey: meetingKeys.detail(id) }, { queryKey: meetingKeys.lists() }, { queryKey: workProgrammeKeys.all }];
}

/**
 * A resolution changes more than its meeting: approving minutes changes the earlier meeting's status, its actions
 * join the tracker, and its moves and additions change the work programme.
 */
export const resolutionAdded: Changed = [{ queryKey: meetingKeys.all }, { queryKey: actionArisingKeys.all }, { queryKey: workProgrammeKeys.all }];

/** Adds something, with no version to quote, then reads again what the addition changed. */
function useAdd<I, R>(add: (api: ApiClient, input: I) => Promise<R>, changed: (added: R) => Changed) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: I) => add(api, input), onSuccess: (added) => refresh(queryClient, changed(added)) });
}

export function useCreateMeeting() {
  return useAdd(
    async (api, input: MeetingInput) => unwrap(await api.POST('/api/v1/meetings', { body: input })),
    (meeting) => meetingChanged(meeting.id),
  );
}

export function useUpdateMeeting(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: MeetingInput, ifMatch) => unwrap(await api.PUT('/api/v1/meetings/{id}', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readMeeting(api, id),
    changed: () => meetingChanged(id),
  });
}

/** Attendance replaces the meeting's whole record of who came, quoting the meeting's ETag. */
export function useRecordAttendance(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: AttendanceInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/meetings/{id}/attendance', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readMeeting(api, id),
    changed: () => meetingChanged(id),
  });
}

export function useAddAgendaItem(meetingId: number) {
  return useAdd(
    async (api, input: AgendaItemInput) => unwrap(await api.POST('/api/v1/meetings/{id}/agenda-items', { params: { path: { id: meetingId } }, body: input })),
    () => meetingChanged(meetingId),
  );
}

/** The agenda item as the meeting, read again, holds it now; the item has no address of its own to read. */
async function readAgendaItem(api: ApiClient, meetingId: number, itemId: number): Promise<Seen<AgendaItem>> {
  const meeting = await readMeeting(api, meetingId);
  const item = meeting.resource.agendaItems.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error('The agenda item was removed');
  return seenAtVersion(item, item.version);
}

export function useUpdateAgendaItem(meetingId: number, itemId: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: AgendaItemInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/agenda-items/{id}', { params: { path: { id: itemId }, header: ifMatch }, body: input })),
    read: () => readAgendaItem(api, meetingId, itemId),
    changed: () => meetingChanged(meetingId),
  });
}

export function useAddDeclaration(meetingId: number) {
  return useAdd(
    async (api, input: DeclarationInput) => unwrap(await api.POST('/api/v1/meetings/{id}/declarations', { params: { path: { id: meetingId } }, body: input })),
    () => meetingChanged(meetingId),
  );
}

/** An item's minute as the meeting's minutes hold it now, tagged with its version number; none before the first draft. */
export async function readMinute(api: ApiClient, meetingId: number, itemId: number): Promise<Seen<Minute | null>> {
  const minute = (await readMinutes(api, meetingId)).items.find((entry) => entry.agendaItem.id === itemId)?.minute ?? null;
  return minute ? seenAtVersion(minute, minute.versionNo) : { resource: null };
}

export function useMinuteForForm(meetingId: number, itemId: number) {
  const api = useApi();
  return useQuery({ queryKey: [...meetingKeys.minutes(meetingId), 'form', itemId], queryFn: () => readMinute(api, meetingId, itemId), ...READ_WHEN_FORM_OPENS });
}

/** A draft or a correction of an item's minute: the first quotes nothing, every later one the version it replaces. */
export function useSaveMinute(meetingId: number, itemId: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: MinuteInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/agenda-items/{id}/minutes', { params: { path: { id: itemId }, header: ifMatch }, body: input })),
    read: () => readMinute(api, meetingId, itemId),
    changed: () => meetingChanged(meetingId),
  });
}

export function useAddResolution(itemId: number) {
  return useAdd(
    async (api, input: ResolutionInput) => unwrap(await api.POST('/api/v1/agenda-items/{id}/resolutions', { params: { path: { id: itemId } }, body: input })),
    () => resolutionAdded,
  );
}
