import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { actionArisingKeys, meetingKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { READ_WHEN_FORM_OPENS, seenOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type ActionArising = components['schemas']['ActionArising'];
export type ActionArisingUpdate = components['schemas']['ActionArisingUpdate'];
export type ActionArisingStatus = ActionArising['status'];

export interface ActionFilter {
  status?: ActionArisingStatus;
  overdue?: boolean;
}

export function useActionsArising(authority: string | undefined, filter: ActionFilter) {
  const api = useApi();
  return useQuery({
    queryKey: [...actionArisingKeys.list(authority, filter.status), filter.overdue ?? false],
    enabled: Boolean(authority),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/actions-arising', { params: { query: { authority, status: filter.status, overdue: filter.overdue || undefined, limit: 500 } } })),
  });
}

const readAction = async (api: ApiClient, id: number) => seenOf(await api.GET('/api/v1/actions-arising/{id}', { params: { path: { id } } }));

export function useActionArising(id: number) {
  const api = useApi();
  return useQuery({ queryKey: actionArisingKeys.detail(id), queryFn: () => readAction(api, id), ...READ_WHEN_FORM_OPENS });
}

/** An action's new status changes the tracker and the minutes of the meeting whose resolution created it. */
export const actionChanged = (action: Pick<ActionArising, 'meeting'>): Changed => [{ queryKey: actionArisingKeys.all }, { queryKey: meetingKeys.minutes(action.meeting.id) }];

export function useUpdateAction(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: ActionArisingUpdate, ifMatch) =>
      unwrap(await api.PUT('/api/v1/actions-arising/{id}', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readAction(api, id),
    changed: actionChanged,
  });
}
