import type { InvalidateQueryFilters, QueryClient } from '@tanstack/react-query';

/** What a change made stale, to be read again: each filter names a resource's queries by key (and, if need be, by what they hold). */
export type Changed = InvalidateQueryFilters[];

/** Reads again what a change made stale, and nothing else; resolves once the shown queries have their new data. */
export function refresh(queryClient: QueryClient, changed: Changed) {
  return Promise.all(changed.map((filters) => queryClient.invalidateQueries(filters)));
}
