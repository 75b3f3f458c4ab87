import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';

export function useCarryForwardPreview(planId: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['carry-forward', planId],
    queryFn: async () => unwrap(await api.GET('/api/v1/action-plans/{id}/carry-forward', { params: { path: { id: planId } } })),
  });
}

export function useCarryForward(planId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/action-plans/{id}/carry-forward', { params: { path: { id: planId } } })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
