import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
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
    queryKey: ['value-form', code, area, period],
    queryFn: () => readValue(api, { code, area, period }),
    ...READ_WHEN_FORM_OPENS,
  });
}

export function useSaveValue(code: string, area: string, period: string) {
  const api = useApi();
  const path = { code, area, period };
  return useGuardedSave({
    save: async (input: ValueInput, ifMatch) => unwrap(await api.PUT('/api/v1/indicators/{code}/values/{area}/{period}', { params: { path, header: ifMatch }, body: input })),
    read: () => readValue(api, path),
  });
}
