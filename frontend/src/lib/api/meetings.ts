import { useQuery } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import { unwrap } from './problem';
import { meetingKeys, workProgrammeKeys } from './queryKeys';
import type { components } from './schema';

type Schemas = components['schemas'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingRef = Schemas['MeetingRef'];
export type MeetingStatus = MeetingSummary['status'];
export type MeetingKind = MeetingSummary['kind'];
export type WorkProgramme = Schemas['WorkProgramme'];
export type WorkProgrammeItem = Schemas['WorkProgrammeItem'];
export type ActionArisingStatus = Schemas['ActionArising']['status'];

export interface MeetingFilter {
  authority?: string;
  indicator?: string;
  actionItem?: number;
}

/**
 * Meetings in date order: an authority's (the calendar), or those that considered an indicator or an action plan
 * item. Shared because the calendar, the indicator page and the action item page all list them. One page of the
 * largest size the service gives is ten years of a board's meetings.
 */
export function useMeetings(filter: MeetingFilter, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKeys.list(filter),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/meetings', { params: { query: { ...filter, limit: 500 } } })).items,
  });
}

/**
 * An authority's work programme for the municipal year starting in `startYear` (the current one when not given).
 * Shared: the work programme page shows it, and a resolution moves its items.
 */
export function useWorkProgramme(authority: string | undefined, startYear?: number) {
  const api = useApi();
  return useQuery({
    queryKey: workProgrammeKeys.year(authority, startYear),
    enabled: Boolean(authority),
    queryFn: async () => unwrap(await api.GET('/api/v1/work-programme', { params: { query: { authority: authority!, year: startYear } } })),
  });
}
