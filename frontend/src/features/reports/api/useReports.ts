import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { meetingKeys, reportKeys } from '@/lib/api/queryKeys';
import type { Changed } from '@/lib/api/refresh';
import { seenOf } from '@/lib/api/seen';
import type { components, paths } from '@/lib/api/schema';
import { useGuardedSave } from '@/lib/api/useGuardedSave';

type Schemas = components['schemas'];
export type Report = Schemas['Report'];
export type ReportInput = Schemas['ReportInput'];
export type ReportSection = Schemas['ReportSection'];
export type ReportBlock = Schemas['ReportBlock'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportType = Schemas['ReportType'];
export type ReportDecision = Schemas['ReportDecision'];
export type ReportDecisionInput = Schemas['ReportDecisionInput'];
export type ReportVersionInput = Schemas['ReportVersionInput'];
export type ReportVersionSummary = Schemas['ReportVersionSummary'];
export type ReportVersion = Schemas['ReportVersion'];
export type ReportSearch = NonNullable<paths['/api/v1/reports']['get']['parameters']['query']>;

/** One page of the search; the service gives where the next one starts (`next`, sent back as `after`). */
export const REPORTS_PER_PAGE = 20;

/** Reports matching a search and its filters, public to everyone; the caller's own authority's drafts and exempt papers too. */
export function useReports(search: ReportSearch) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.list(search),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/reports', { params: { query: { limit: REPORTS_PER_PAGE, ...search } } })),
  });
}

const readReport = async (api: ApiClient, id: number) => seenOf(await api.GET('/api/v1/reports/{id}', { params: { path: { id } } }));

/** The report with its ETag: publishing and recording a decision quote it. */
export function useReport(id: number) {
  const api = useApi();
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: () => readReport(api, id), refetchOnWindowFocus: false });
}

export function useReportVersions(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.versions(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/{id}/versions', { params: { path: { id } } })).items,
  });
}

/** An earlier version as published, its cited figures read as they stand now. */
export function useReportVersion(id: number, number: number) {
  const api = useApi();
  return useQuery({
    queryKey: reportKeys.version(id, number),
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/{id}/versions/{number}', { params: { path: { id, number } } })),
  });
}

/** A report's change shows on its page and in the search; a meeting's agenda names its papers' reports. */
const reportChanged = (id: number): Changed => [{ queryKey: reportKeys.detail(id) }, { queryKey: reportKeys.lists() }, { queryKey: meetingKeys.all }];

export function usePublishReport(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (_: null, ifMatch) => unwrap(await api.POST('/api/v1/reports/{id}/publish', { params: { path: { id }, header: ifMatch }, body: {} })),
    read: () => readReport(api, id),
    changed: () => reportChanged(id),
  });
}

export function usePublishReportVersion(id: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: ReportVersionInput, ifMatch) =>
      unwrap(await api.POST('/api/v1/reports/{id}/versions', { params: { path: { id }, header: ifMatch }, body: input })),
    read: () => readReport(api, id),
    changed: () => reportChanged(id),
  });
}

export function useRecordReportDecision(id: number, recommendation: number) {
  const api = useApi();
  return useGuardedSave({
    save: async (input: ReportDecisionInput, ifMatch) =>
      unwrap(await api.PUT('/api/v1/reports/{id}/decisions/{recommendation}', { params: { path: { id, recommendation }, header: ifMatch }, body: input })),
    read: () => readReport(api, id),
    changed: () => reportChanged(id),
  });
}

/** The address of the report rendered as a PDF (the whole report, or the child-friendly edition; an earlier version). */
export function reportPdfHref(id: number, options: { version?: number; edition?: 'child-friendly' } = {}) {
  const query = new URLSearchParams({ format: 'pdf' });
  if (options.version !== undefined) query.set('version', String(options.version));
  if (options.edition) query.set('edition', options.edition);
  return `/api/v1/reports/${id}/render?${query}`;
}

/** A report's sections as a change sends them back: without what the service adds when it reads them (cited figures, asks). */
export function sectionsToSend(sections: ReportSection[]): ReportSection[] {
  return sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block): ReportBlock => {
      if (block.kind === 'figure') return { kind: block.kind, indicator: block.indicator, period: block.period, area: block.area, caption: block.caption };
      if (block.kind === 'you-said-we-did') return { kind: block.kind, heading: block.heading };
      return block;
    }),
  }));
}

/** The report as a change to it starts: everything as it is now. */
export function inputOf(report: Report): ReportInput {
  return {
    authority: report.authority,
    type: report.type,
    title: report.title,
    periodCovered: report.periodCovered ?? null,
    author: report.author ?? null,
    contactOfficer: report.contactOfficer ?? null,
    executiveSummary: report.executiveSummary ?? null,
    recommendations: report.recommendations,
    body: report.body ?? null,
    visibility: report.visibility,
    exemptParagraph: report.exemptParagraph ?? null,
    sections: sectionsToSend(report.sections ?? []),
    childFriendlySummary: report.childFriendlySummary ?? [],
  };
}

/**
 * The resolutions recorded on the agenda items where the report was presented, for a decision to cite: read from
 * each presenting meeting's minutes (those the caller may read).
 */
export function useResolutionsWherePresented(report: Report | undefined) {
  const api = useApi();
  const presentations = report?.presentedAt ?? [];
  return useQueries({
    queries: presentations.map((presentation) => ({
      queryKey: meetingKeys.minutes(presentation.meetingId),
      queryFn: async () => unwrap(await api.GET('/api/v1/meetings/{id}/minutes', { params: { path: { id: presentation.meetingId } } })),
    })),
    combine: (results) =>
      results.flatMap((result, index) => {
        const presentation = presentations[index]!;
        const item = result.data?.items.find((entry) => entry.agendaItem.id === presentation.agendaItemId);
        return (item?.resolutions ?? []).map((resolution) => ({ id: resolution.id, meetingDate: presentation.meetingDate, itemNumber: presentation.agendaItemNumber, resolution }));
      }),
  });
}
