import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { actionItemKeys, publicScorecardKeys, scorecardKeys, targetKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { READ_WHEN_FORM_OPENS, seenOrNoneOf } from '@/lib/api/seen';
import type { components } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

export type Target = components['schemas']['Target'];
export type TargetInput = components['schemas']['TargetInput'];

type FigurePath = { code: string; area: string; period: string };

const readTarget = async (api: ApiClient, path: FigurePath) => seenOrNoneOf(await api.GET('/api/v1/indicators/{code}/targets/{area}/{period}', { params: { path } }));

/** The target the form opens with, and its ETag. */
export function useSeenTarget(code: string, area: string, period: string) {
  const api = useApi();
  return useQuery({
    queryKey: targetKeys.detail(code, area, period),
    queryFn: () => readTarget(api, { code, area, period }),
    ...READ_WHEN_FORM_OPENS,
  });
}

/**
 * A target changes itself, the area's scorecards, signed-in and public (the RAG rating, and the periods listed: a
 * year may have a target before it has figures), and the action items whose linked indicators show its RAG.
 * Comparators carry no targets, so no other area's scorecard.
 */
export function targetChanged(code: string, area: string, period: string): Changed {
  return [
    { queryKey: targetKeys.detail(code, area, period) },
    { queryKey: scorecardKeys.area(area) },
    { queryKey: publicScorecardKeys.area(area) },
    { queryKey: actionItemKeys.all },
  ];
}

export function useSaveTarget(code: string, area: string, period: string) {
  const api = useApi();
  const path = { code, area, period };
  return useGuardedSave({
    save: async (input: TargetInput, ifMatch) => unwrap(await api.PUT('/api/v1/indicators/{code}/targets/{area}/{period}', { params: { path, header: ifMatch }, body: input })),
    read: () => readTarget(api, path),
    changed: () => targetChanged(code, area, period),
  });
}
