import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys, publicScorecardKeys, scorecardKeys, valueKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { READ_WHEN_FORM_OPENS, seenOrNoneOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type IndicatorValue = components['schemas']['IndicatorValue'];
export type ValueInput = components['schemas']['ValueInput'];

type FigurePath = { code: string; area: string; period: string };

const readValue = async (api: ApiClient, path: FigurePath) => seenOrNoneOf(await api.GET('/api/v1/indicators/{code}/values/{area}/{period}', { params: { path } }));

/** The value the form opens with, and its ETag. */
export function useSeenValue(code: string, area: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: valueKeys.detail(code, area, period),
    queryFn: () => readValue(api, { code, area, period }),
    ...READ_WHEN_FORM_OPENS,
  });
}

/**
 * England (E92), a region (E12), a statistical-neighbour group or a regional adoption agency (E90, Promise's own
 * codes): areas whose figures other authorities' cards compare with.
 */
const isComparatorArea = (area: string) => /^(E92|E12|E90|SN-)/.test(area);

/** A scorecard itself, not a list of its periods: a comparator's figure changes what cards show, not which periods they have. */
const isCard = (query: { queryKey: readonly unknown[] }) => query.queryKey.includes('card');

/**
 * A value changes its indicator's values (for every area, as the indicator page charts them), the scorecards,
 * signed-in and public, of its area (every period: later ones show it in their trend and direction of travel),
 * the action items whose linked indicators show it, and, for a comparator's value, every authority's card (a card
 * that had no reading of the comparator yet gains one, so the cached cards cannot tell which will). Not the
 * catalogue, nor the action plans.
 */
export function valueChanged(code: string, area: string): Changed {
  return [
    { queryKey: valueKeys.ofIndicator(code) },
    { queryKey: scorecardKeys.area(area) },
    { queryKey: publicScorecardKeys.area(area) },
    { queryKey: actionItemKeys.all },
    ...(isComparatorArea(area) ? [{ queryKey: scorecardKeys.all, predicate: isCard }, { queryKey: publicScorecardKeys.all, predicate: isCard }] : []),
  ];
}

export function useSaveValue(code: string, area: string, period: string) {
  const api = useApi();
  const path = { code, area, period };
  return useGuardedSave({
    save: async (input: ValueInput, ifMatch) => unwrap(await api.PUT('/api/v1/indicators/{code}/values/{area}/{period}', { params: { path, header: ifMatch }, body: input })),
    read: () => readValue(api, path),
    changed: () => valueChanged(code, area),
  });
}
