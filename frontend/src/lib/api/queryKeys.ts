import type { components } from './schema';

/**
 * The query keys of every resource the client reads, one factory per resource, each key under its resource's
 * prefix so that a change can refresh exactly what it changed. They live here, not in the features, because the
 * cache is shared: a figure saved on an indicator's form changes the scorecard, and no feature imports another.
 */

type Priority = components['schemas']['Priority'];

export const meKeys = {
  me: ['me'] as const,
  authoritiesToPick: (authenticated: boolean) => ['authorities-to-pick', authenticated] as const,
};

export const indicatorKeys = {
  all: ['indicators'] as const,
  detail: (code: string) => [...indicatorKeys.all, code] as const,
};

export const valueKeys = {
  all: ['values'] as const,
  ofIndicator: (code: string) => [...valueKeys.all, code] as const,
  /** Every area's values of the indicator. */
  list: (code: string) => [...valueKeys.ofIndicator(code), 'list'] as const,
  detail: (code: string, area: string, period: string) => [...valueKeys.ofIndicator(code), 'detail', area, period] as const,
  history: (code: string, area: string, period: string) => [...valueKeys.ofIndicator(code), 'history', area, period] as const,
};

export const targetKeys = {
  all: ['targets'] as const,
  ofIndicator: (code: string) => [...targetKeys.all, code] as const,
  detail: (code: string, area: string, period: string) => [...targetKeys.ofIndicator(code), 'detail', area, period] as const,
  history: (code: string, area: string, period: string) => [...targetKeys.ofIndicator(code), 'history', area, period] as const,
};

export const scorecardKeys = {
  all: ['scorecard'] as const,
  area: (area: string | undefined) => [...scorecardKeys.all, area] as const,
  card: (area: string | undefined, period: string | undefined, priority?: Priority) => [...scorecardKeys.area(area), 'card', period, priority ?? 'all'] as const,
  periods: (area: string | undefined) => [...scorecardKeys.area(area), 'periods'] as const,
};

export const areaKeys = {
  publishingScorecards: ['areas', 'publishing-scorecards'] as const,
  neighbourGroups: ['areas', 'statistical-neighbours'] as const,
};

export const publicScorecardKeys = {
  all: ['public-scorecard'] as const,
  area: (area: string | undefined) => [...publicScorecardKeys.all, 'area', area] as const,
  card: (area: string | undefined, period: string | undefined) => [...publicScorecardKeys.area(area), 'card', period] as const,
  periods: (area: string | undefined) => [...publicScorecardKeys.area(area), 'periods'] as const,
};

export const planKeys = {
  all: ['action-plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (authority: string | undefined) => [...planKeys.lists(), authority] as const,
  plan: (planId: number | undefined) => [...planKeys.all, 'plan', planId] as const,
  items: (planId: number | undefined, filter: object) => [...planKeys.plan(planId), 'items', filter] as const,
  carryForward: (planId: number) => [...planKeys.plan(planId), 'carry-forward'] as const,
};

export const actionItemKeys = {
  all: ['action-items'] as const,
  detail: (id: number) => [...actionItemKeys.all, id] as const,
  history: (id: number) => [...actionItemKeys.detail(id), 'history'] as const,
};

export const strategyKeys = {
  ofAuthority: (authority: string | undefined) => ['strategy', authority] as const,
};

export const youSaidKeys = {
  ofAuthority: (authority: string | undefined) => ['you-said-we-did', authority] as const,
};

export const dataCheckKeys = {
  all: ['data-checks'] as const,
  ofAuthority: (authority: string | undefined) => [...dataCheckKeys.all, authority] as const,
  list: (authority: string | undefined, status: string, indicator?: string) => [...dataCheckKeys.ofAuthority(authority), status, indicator ?? 'all'] as const,
};

/**
 * The board's business. A meeting's page reads the meeting, its minutes and its checks under the meeting's key, so
 * a change to any part of a meeting refreshes all three; lists of meetings (the calendar, "considered at") apart.
 */
export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (filter: object) => [...meetingKeys.lists(), filter] as const,
  detail: (id: number) => [...meetingKeys.all, 'detail', id] as const,
  minutes: (id: number) => [...meetingKeys.detail(id), 'minutes'] as const,
  checks: (id: number) => [...meetingKeys.detail(id), 'checks'] as const,
};

export const boardKeys = {
  ofAuthority: (authority: string | undefined) => ['boards', authority] as const,
};

export const actionArisingKeys = {
  all: ['actions-arising'] as const,
  list: (authority: string | undefined, status: string | undefined) => [...actionArisingKeys.all, 'list', authority, status ?? 'all'] as const,
  detail: (id: number) => [...actionArisingKeys.all, 'detail', id] as const,
};

export const workProgrammeKeys = {
  all: ['work-programme'] as const,
  year: (authority: string | undefined, startYear: number | undefined) => [...workProgrammeKeys.all, authority, startYear ?? 'current'] as const,
};

/**
 * Reports as documents. A report's page reads the report and its versions under its key, so a publication or a
 * decision refreshes both; the lists (the search) apart.
 */
export const reportKeys = {
  all: ['reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (filter: object) => [...reportKeys.lists(), filter] as const,
  detail: (id: number) => [...reportKeys.all, 'detail', id] as const,
  versions: (id: number) => [...reportKeys.detail(id), 'versions'] as const,
  version: (id: number, number: number) => [...reportKeys.detail(id), 'version', number] as const,
};

/** The board's performance packs: a pack's page reads the pack and, once frozen, its changes since under its key. */
export const packKeys = {
  all: ['performance-packs'] as const,
  lists: () => [...packKeys.all, 'list'] as const,
  list: (authority: string | undefined) => [...packKeys.lists(), authority] as const,
  detail: (id: number) => [...packKeys.all, 'detail', id] as const,
  changes: (id: number) => [...packKeys.detail(id), 'changes'] as const,
};

/** Partner systems' clients and people's accounts, kept in Keycloak (administrators only). */
export const accountKeys = {
  partners: (authority: string | undefined) => ['partner-clients', authority ?? 'all'] as const,
  allPartners: ['partner-clients'] as const,
  people: (authority: string | undefined) => ['people', authority ?? 'all'] as const,
  allPeople: ['people'] as const,
};

export const auditKeys = {
  list: (entityType: string | undefined) => ['audit', entityType ?? 'all'] as const,
};

export const dashboardKeys = {
  all: ['dashboard'] as const,
  authority: (authority: string | undefined) => [...dashboardKeys.all, authority] as const,
};

export const publicAuthorityKeys = {
  all: ['public-authorities'] as const,
};
