import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { ApiError, unwrap } from '@/lib/api/problem';
import { accountKeys, auditKeys } from '@/lib/api/queryKeys';
import { refresh } from '@/lib/api/refresh';
import type { components } from '@/lib/api/schema';

export type PartnerClient = components['schemas']['PartnerClient'];
export type PartnerClientInput = components['schemas']['PartnerClientInput'];
export type PartnerClientSecret = components['schemas']['PartnerClientSecret'];
export type Person = components['schemas']['Person'];
export type PersonInput = components['schemas']['PersonInput'];
export type PersonRole = components['schemas']['PersonRole'];

/** A removal answered 204, with no body to unwrap: its problem, if it failed. */
function removed(result: { error?: unknown; response: Response }) {
  if (!result.response.ok) unwrap({ ...result, data: undefined });
}

export function usePartnerClients(authority: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: accountKeys.partners(authority),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/partner-clients', { params: { query: { authority } } })),
  });
}

/** A change to the partners or the people: the lists are read again, and so is the audit history that records it. */
function useAccountChange<I, R>(change: (input: I) => Promise<R>, list: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => refresh(queryClient, [{ queryKey: list }, { queryKey: auditKeys.list(undefined).slice(0, 1) }]),
  });
}

export function useCreatePartnerClient() {
  const api = useApi();
  return useAccountChange(
    async (input: PartnerClientInput) => unwrap(await api.POST('/api/v1/admin/partner-clients', { body: input })),
    accountKeys.allPartners,
  );
}

export function useRotatePartnerSecret() {
  const api = useApi();
  return useAccountChange(
    async (clientId: string) => unwrap(await api.POST('/api/v1/admin/partner-clients/{clientId}/secret', { params: { path: { clientId } } })),
    accountKeys.allPartners,
  );
}

export function useRevokePartnerClient() {
  const api = useApi();
  return useAccountChange(
    async (clientId: string) => removed(await api.DELETE('/api/v1/admin/partner-clients/{clientId}', { params: { path: { clientId } } })),
    accountKeys.allPartners,
  );
}

export function usePeople(authority: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: accountKeys.people(authority),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/admin/users', { params: { query: { authority } } })),
  });
}

export function useCreatePerson() {
  const api = useApi();
  return useAccountChange(async (input: PersonInput) => unwrap(await api.POST('/api/v1/admin/users', { body: input })), accountKeys.allPeople);
}

export function useRemovePerson() {
  const api = useApi();
  return useAccountChange(
    async (userId: string) => removed(await api.DELETE('/api/v1/admin/users/{userId}', { params: { path: { userId } } })),
    accountKeys.allPeople,
  );
}

export { ApiError };

/** A choice left unmade goes without a value, so that the API answers that it is required, not that "" is wrong. */
export function chosen<T extends string>(value: string): T {
  return (value || undefined) as T;
}
