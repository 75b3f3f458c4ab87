import { useApi } from '@/lib/api/ApiContext';
import type { DataCheck } from '@/lib/api/dataChecks';
import { unwrap } from '@/lib/api/problem';
import { dataCheckKeys } from '@/lib/api/queryKeys';
import type { components } from '@/lib/api/schema';
import { seenOrNoneOf, type Seen } from '@/lib/api/seen';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type Explanation = components['schemas']['DataCheckExplanation'];
export type ExplanationInput = components['schemas']['DataCheckExplanationInput'];
/**
 * The explanation the page showed with the warning, as a save quotes it: none for a warning never explained,
 * otherwise the version listed (a lapsed explanation included), so that a newer one is never overwritten unseen.
 */
export function seenExplanation(check: DataCheck): Seen<Explanation | null> {
  return check.explanation ? { resource: check.explanation, etag: `"${check.explanation.version}"` } : { resource: null };
}

/** Explains a warning; the authority's checks are read again, here and on the indicator pages. */
export function useExplain(authority: string, key: string) {
  const api = useApi();
  const path = { authority, key };
  return useGuardedSave({
    save: async (input: ExplanationInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/data-checks/{authority}/{key}/explanation', { params: { path, header: ifMatch }, body: input })),
    read: async (): Promise<Seen<Explanation | null>> =>
      seenOrNoneOf(await api.GET('/api/v1/data-checks/{authority}/{key}/explanation', { params: { path } })),
    changed: () => [{ queryKey: dataCheckKeys.ofAuthority(authority) }],
  });
}
