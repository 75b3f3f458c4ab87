import type { components } from '@/lib/api/schema';

type Schemas = components['schemas'];

const WALSALL = { code: 'E08000030', name: 'Walsall' };

const update: Schemas['ProgressUpdate'] = { id: 9, date: '2026-11-20', author: 'officer.walsall', text: 'Training dates are not yet agreed.', status: 'at-risk' };

const item: Schemas['ActionItem'] = {
  id: 101,
  planId: 7,
  authority: WALSALL.code,
  year: '2023-24',
  letter: 'a',
  priority: 'leadership',
  priorityTitle: 'Leadership',
  what: 'Ensure that elected members are aware of and understand their corporate parenting responsibilities',
  how: ['Deliver updated training to members'],
  measures: ['Target agreed by CPB was 50% of our Councillors complete Respect Training'],
  indicators: ['COUNCILLORS_TRAINED'],
  owner: "Children's Champion / Head of Service",
  dueDate: '2024-03-31',
  status: 'at-risk',
  overdue: true,
  latestUpdate: update,
  version: 3,
};

const dentalRow: Schemas['ScorecardRow'] = {
  indicator: 'HLTH_DENTAL',
  name: 'Annual dental checks',
  plainName: 'Children in care who saw a dentist this year',
  unit: 'percent',
  polarity: 'higher_is_better',
  decimals: 0,
  period: '2022-23',
  value: 88,
  status: 'final',
  target: { value: 90, pending: false },
  rag: 'amber',
  ragReason: '88% is below the target of 90% but within the 5-point tolerance',
  direction: 'stable',
  directionReason: 'Unchanged at 88%, too small a change to call',
  comparators: [{ kind: 'england', area: 'E92000001', areaName: 'England', period: '2021-22', value: 91, comparison: 'worse' }],
  history: [
    { period: '2020-21', value: 43 },
    { period: '2021-22', value: 88 },
    { period: '2022-23', value: 88 },
  ],
};

/**
 * A valid example of each schema the tests use: Walsall's 2023-24 action plan and its first item, the annual
 * dental checks indicator and its figures, and what young people asked of Walsall. fixtures.test.ts validates every one against openapi.yaml, so a test
 * built on them starts from what the service can send.
 */
const DEFAULTS = {
  Me: { subject: 's1', name: 'officer.walsall', roles: ['officer'], authorities: [WALSALL] },
  Area: { code: WALSALL.code, name: WALSALL.name, kind: 'local-authority', publishesScorecard: true },
  ActionPlan: {
    id: 7,
    authority: WALSALL.code,
    authorityName: WALSALL.name,
    startYear: 2023,
    year: '2023-24',
    title: 'Corporate Parenting Strategy - Our Action Plan 2023-24',
    itemCount: 1,
    statusCounts: [{ status: 'at-risk', count: 1 }],
    overdueCount: 1,
    version: 0,
  },
  ActionItem: item,
  ProgressUpdate: update,
  CarryForwardResult: {
    fromPlanId: 7,
    toPlanId: 8,
    toYear: '2024-25',
    carried: [{ fromItemId: item.id, fromLetter: item.letter, what: item.what, status: item.status, toItemId: 301, toLetter: 'a' }],
  },
  ActionItemDetail: { item, indicators: [], updates: [update], earlierUpdates: [], questions: [] },
  LinkedIndicator: {
    code: 'COUNCILLORS_TRAINED',
    name: 'Councillors trained',
    unit: 'percent',
    decimals: 0,
    period: '2022-23',
    value: 30,
    status: 'final',
    target: 50,
    rag: 'red',
    ragReason: 'Below target',
  },
  ItemQuestion: { id: 1, askedBy: 'board.walsall', askedAt: '2026-11-21T10:00:00Z', text: 'When will the training dates be agreed?' },
  Indicator: {
    code: 'HLTH_DENTAL',
    name: 'Annual dental checks',
    plainName: 'Children in care who saw a dentist',
    definition: 'OC2 cohort with a dental check',
    unit: 'percent',
    polarity: 'higher_is_better',
    priority: 'health-and-wellbeing',
    periodKind: 'financial-year',
    decimals: 0,
    source: 'DfE',
    version: 0,
  },
  IndicatorValue: {
    indicator: 'HLTH_DENTAL',
    area: WALSALL.code,
    period: '2022-23',
    value: 88,
    status: 'final',
    source: 'Walsall agenda pack, 13 November 2023',
    note: null,
    version: 1,
    updatedAt: '2025-11-20T09:00:00Z',
    updatedBy: 'officer.walsall',
  },
  Target: {
    indicator: 'HLTH_DENTAL',
    area: WALSALL.code,
    period: '2023-24',
    value: 90,
    tolerance: null,
    basis: 'Agreed by the board',
    pending: false,
    version: 4,
    updatedAt: '2025-11-20T09:00:00Z',
    updatedBy: 'officer.walsall',
  },
  ScorecardRow: dentalRow,
  Scorecard: { area: WALSALL.code, areaName: WALSALL.name, period: '2022-23', groups: [{ priority: 'health-and-wellbeing', title: 'Health and Wellbeing', rows: [dentalRow] }] },
  PeriodSummary: { period: '2022-23', values: 30, targets: 10 },
  YouSaid: {
    id: 1,
    authority: WALSALL.code,
    ask: "Help us to understand what our carers can agree to, what they can't and why",
    forum: 'Engagement session with children and young people at the TLC Hub',
    askedIn: '2023-02',
    done: [{ id: 1, date: '2023-11-13', text: 'The children in care council have met with fostering managers.' }],
    next: [{ id: 2, date: '2023-11-13', text: 'Develop child friendly version of the delegated authority form.' }],
    actionItems: [],
    version: 0,
  },
  ImportReport: { dryRun: true, rows: 1, created: 1, updated: 0, unchanged: 0 },
  DataCheck: {
    key: 'fraction:CL_EET_1617:E08000030:2022-23',
    rule: 'fraction',
    indicator: 'CL_EET_1617',
    indicatorName: 'Young people aged 16 and 17 in education, employment or training',
    area: WALSALL.code,
    period: '2022-23',
    figures: [
      { label: 'value', value: 78 },
      { label: 'numerator', value: 79 },
      { label: 'denominator', value: 102 },
    ],
    sentence: '79 of 102 is 77.5%, not 78%',
    status: 'open',
  },
  DataCheckExplanation: {
    authority: WALSALL.code,
    key: 'fraction:CL_EET_1617:E08000030:2022-23',
    reason: 'The pack rounded 77.5% up',
    explainedBy: 'officer.walsall',
    explainedAt: '2026-11-20T10:00:00Z',
    current: true,
    version: 0,
  },
  Problem: { type: 'urn:promise:problem:stale-version', title: 'Somebody else changed this first', status: 412 },
} satisfies { [K in keyof Schemas]?: Schemas[K] };

export type FixtureName = keyof typeof DEFAULTS;
type Defaults = { [K in FixtureName]: Schemas[K] };

/** Every default, for fixtures.test.ts to check against the contract. */
export const fixtureDefaults = (): Defaults => structuredClone(DEFAULTS);

/** A valid `name` as the contract defines it, with the fields a test cares about given in `overrides`. */
export function fixture<K extends FixtureName>(name: K, overrides: Partial<Defaults[K]> = {}): Defaults[K] {
  // A copy, so that no test changes what the next one starts from.
  const valid: Defaults[K] = structuredClone((DEFAULTS as Defaults)[name]);
  return { ...valid, ...overrides };
}
