import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys, planKeys } from '@/lib/api/queryKeys';
import { refresh, type Changed } from '@/lib/api/refresh';
import type { components } from '@/lib/api/schema';

type CarryForwardResult = components['schemas']['CarryForwardResult'];

export function useCarryForwardPreview(planId: number) {
  const api = useApi();
  return useQuery({
    queryKey: planKeys.carryForward(planId),
    queryFn: async () => unwrap(await api.GET('/api/v1/action-plans/{id}/carry-forward', { params: { path: { id: planId } } })),
  });
}

/**
 * Carrying forward changes both plans (the year's items are carried forward, next year's gain them), the lists of
 * plans (next year's plan may be new) and each item carried, which now links to its successor.
 */
export function carriedForward(result: Pick<CarryForwardResult, 'fromPlanId' | 'toPlanId' | 'carried'>): Changed {
  return [
    { queryKey: planKeys.plan(result.fromPlanId) },
    { queryKey: planKeys.plan(result.toPlanId) },
    { queryKey: planKeys.lists() },
    ...result.carried.map((move) => ({ queryKey: actionItemKeys.detail(move.fromItemId) })),
  ];
}

export function useCarryForward(planId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/action-plans/{id}/carry-forward', { params: { path: { id: planId } } })),
    onSuccess: (result) => refresh(queryClient, carriedForward(result)),
  });
}
