import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { meKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: meKeys.me,
    queryFn: async (): Promise<Me> => unwrap(await api.GET('/api/v1/me')),
  });
}
