import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { auditKeys } from '@/lib/api/queryKeys';

/** The newest changes of every kind, or of one kind of record (administrators only). */
export function useAuditEntries(entityType: string | undefined, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: auditKeys.list(entityType),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/audit', { params: { query: { entityType, limit: 200 } } })),
  });
}
