import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { publicScorecardKeys, scorecardKeys, valueKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { READ_WHEN_FORM_OPENS, seenOrNoneOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type IndicatorValue = components['schemas']['IndicatorValue'];
export type ValueInput = components['schemas']['ValueInput'];
type Scorecard = components['schemas']['Scorecard'];

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

/** A scorecard that shows the area as a comparator: England's or a region's value is on every authority's. */
const comparesWith = (area: string) => (data: unknown) =>
  ((data as Scorecard | undefined)?.groups ?? []).some((group) => group.rows.some((row) => row.comparators.some((comparator) => comparator.area === area)));

/**
 * A value changes its indicator's values (for every area, as the indicator page charts them), and the scorecards,
 * signed-in and public, of its area (every period: later ones show it in their trend and direction of travel)
 * and of the authorities that compare themselves with it. Nothing else: not the catalogue, nor the action plans.
 */
export function valueChanged(code: string, area: string): Changed {
  const showsArea = comparesWith(area);
  return [
    { queryKey: valueKeys.ofIndicator(code) },
    { queryKey: scorecardKeys.area(area) },
    { queryKey: publicScorecardKeys.area(area) },
    { queryKey: scorecardKeys.all, predicate: (query) => showsArea(query.state.data) },
    { queryKey: publicScorecardKeys.all, predicate: (query) => showsArea(query.state.data) },
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
