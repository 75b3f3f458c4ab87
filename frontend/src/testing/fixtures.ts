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

const BOARD_NAME = 'Corporate Parenting Board';
const july: Schemas['MeetingRef'] = { id: 1, date: '2023-07-03', title: BOARD_NAME, kind: 'committee', status: 'minutes-approved' };
const september: Schemas['MeetingRef'] = { id: 2, date: '2023-09-04', title: BOARD_NAME, kind: 'committee', status: 'minutes-approved' };
const november: Schemas['MeetingRef'] = { id: 3, date: '2023-11-13', title: BOARD_NAME, kind: 'committee', status: 'held' };
const january: Schemas['MeetingRef'] = { id: 4, date: '2024-01-09', title: BOARD_NAME, kind: 'committee', status: 'scheduled' };
const april: Schemas['MeetingRef'] = { id: 6, date: '2024-04-03', title: BOARD_NAME, kind: 'committee', status: 'scheduled' };

/** Resolution 2 on item 11 (the quarterly performance report) of 4 September 2023, and the action it created. */
const universityResolution: Schemas['ResolutionRef'] = { id: 21, meeting: september, agendaItemNumber: 11, number: 2 };
const workProgrammeResolution: Schemas['ResolutionRef'] = { id: 23, meeting: september, agendaItemNumber: 12, number: null };
const approvedBy = { id: 31, meeting: november, agendaItemNumber: 3, number: null };

const universityAction: Schemas['ActionArisingSummary'] = {
  id: 41,
  description: 'The number of care leavers at university to be shared with Board Members',
  owner: 'Head of the Virtual School',
  dueDate: '2023-11-13',
  status: 'open',
};

const virtualSchoolMove: Schemas['WorkProgrammeMove'] = {
  id: 51,
  from: january,
  to: april,
  reason: 'The Virtual School Annual report would be moved to April',
  resolution: workProgrammeResolution,
  movedBy: 'demo data',
  movedAt: '2023-09-04T19:40:00Z',
};

const virtualSchoolReport: Schemas['WorkProgrammeItem'] = {
  id: 61,
  title: 'Virtual School Annual Report',
  reportType: 'virtual-school',
  status: 'planned',
  meeting: april,
  moves: [virtualSchoolMove],
  version: 1,
  updatedAt: '2023-09-04T19:40:00Z',
};

const performanceItem: Schemas['AgendaItem'] = {
  id: 211,
  number: 11,
  title: 'Quarterly Performance Report',
  description: 'The key quarter 1 performance for children in care and care leavers.',
  exempt: false,
  exemptParagraph: null,
  exemptReason: null,
  papers: [{ id: 301, title: 'Quarterly performance report, quarter 1', report: null }],
  indicators: [{ code: 'HLTH_DENTAL', name: 'Annual dental checks' }],
  actionItems: [{ id: 101, planYear: '2023-24', letter: 'a', what: item.what }],
  version: 2,
  updatedAt: '2023-09-05T09:00:00Z',
};

/** A private item as those outside the authority see it: its title, paragraph and reason, nothing more. */
const privateItem: Schemas['AgendaItem'] = {
  id: 213,
  number: 13,
  title: 'Placement of a child',
  description: null,
  exempt: true,
  exemptParagraph: 2,
  exemptReason: 'Information which is likely to reveal the identity of an individual',
  papers: [],
  indicators: [],
  actionItems: [],
  version: 0,
  updatedAt: '2023-09-05T09:00:00Z',
};

const meetingSummary: Schemas['MeetingSummary'] = {
  id: september.id,
  authority: WALSALL.code,
  authorityName: WALSALL.name,
  board: { id: 1, name: BOARD_NAME },
  kind: 'committee',
  title: BOARD_NAME,
  date: september.date,
  startTime: '18:30',
  venue: 'Conference room 2, Walsall Council House',
  status: 'minutes-approved',
  agendaItemCount: 2,
  updatedAt: '2023-11-13T20:00:00Z',
  version: 7,
};

const universityResolutionDetail: Schemas['Resolution'] = {
  id: universityResolution.id,
  number: 2,
  text: 'The number of care leavers at university will be shared with Board Members once available.',
  kind: 'decision',
  vote: 'not-recorded',
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  approvesMinutesOf: null,
  actions: [universityAction],
  workProgrammeMoves: [],
  createdAt: '2023-09-05T09:00:00Z',
};

const minute: Schemas['Minute'] = {
  versionNo: 2,
  minuteNumber: 11,
  text: 'The Interim Executive Director presented the report (annexed), highlighting the salient points.',
  writtenBy: 'officer.walsall',
  writtenAt: '2023-09-05T09:00:00Z',
  correctionReason: null,
};

const actionArising: Schemas['ActionArising'] = {
  ...universityAction,
  authority: WALSALL.code,
  authorityName: WALSALL.name,
  late: true,
  daysLate: 30,
  evidence: null,
  closedOn: null,
  resolution: universityResolution,
  resolutionText: universityResolutionDetail.text,
  meeting: september,
  agendaItem: { id: performanceItem.id, number: 11, title: performanceItem.title },
  version: 0,
  updatedAt: '2023-09-05T09:00:00Z',
};

/** Walsall's fostering report, published and presented on 13 November 2023, with a block of every kind. */
const fosteringReport: Schemas['Report'] = {
  id: 12,
  authority: WALSALL.code,
  type: 'annual-fostering',
  title: 'Fostering Service Annual Report 2022-2023',
  periodCovered: '2022-23',
  author: 'Group Manager, Provider Services',
  contactOfficer: 'Head of Service, Provider Services',
  executiveSummary: 'The report sets out the work of the fostering service in 2022-23.',
  recommendations: ['That the Fostering Service Annual Report be noted', 'That the board receives the next report in a year'],
  body: null,
  visibility: 'public',
  exemptParagraph: null,
  version: 3,
  createdAt: '2023-10-30T09:00:00Z',
  updatedAt: '2023-11-14T09:00:00Z',
  status: 'presented',
  documentVersion: 2,
  publishedAt: '2023-11-14T09:00:00Z',
  sections: [
    {
      number: '4.6',
      heading: 'Foster carers',
      blocks: [
        { kind: 'paragraph', text: 'The service recruited new foster carers during the year.' },
        { kind: 'list', ordered: false, items: ['Mainstream carers', 'Connected carers'] },
        {
          kind: 'table',
          caption: 'Table: foster carer households by type',
          columns: [
            { heading: 'Type of household', numeric: false },
            { heading: '2021-22', numeric: true },
            { heading: '2022-23', numeric: true },
          ],
          rows: [
            { header: 'Mainstream', cells: ['120', '114'] },
            { header: 'Connected', cells: ['40', '-'] },
          ],
          notes: null,
        },
        {
          kind: 'figure',
          indicator: 'HLTH_DENTAL',
          period: '2022-23',
          caption: null,
          cited: { indicatorName: 'Annual dental checks', unit: 'percent', display: '88%', withheld: false, reason: null, link: '/indicators/HLTH_DENTAL' },
        },
        {
          kind: 'figure',
          indicator: 'CL_EET_1921',
          period: '2022-23',
          caption: 'Care leavers in education, employment or training',
          cited: { indicatorName: 'Care leavers aged 19 to 21 in education, employment or training', unit: 'percent', display: '-', withheld: true, reason: 'Not published yet', link: '/indicators/CL_EET_1921' },
        },
        {
          kind: 'you-said-we-did',
          heading: 'What young people asked',
          asks: [{ ask: 'Help us to understand what our carers can agree to', askedIn: '2023-02', forum: 'Engagement session at the TLC Hub', done: [{ date: '2023-11-13', text: 'The children in care council met fostering managers.' }], next: [] }],
        },
        {
          kind: 'figure',
          indicator: 'FOST_CONVERSION',
          period: '2022-23',
          caption: 'Conversion of enquiries to approval',
          cited: { indicatorName: 'Conversion of enquiries to approval', unit: '', display: '-', withheld: true, reason: 'No figure for this period is published' },
        },
      ],
    },
  ],
  childFriendlySummary: [{ heading: 'What this is about', text: 'How we find and support foster carers.' }],
  presentedAt: [{ meetingId: 3, meetingDate: '2023-11-13', meetingTitle: BOARD_NAME, agendaItemId: 306, agendaItemNumber: 6, agendaItemTitle: 'Fostering Service Annual Report' }],
  decisions: [{ recommendation: 1, outcome: 'noted', words: null, decidedOn: '2023-11-13', resolutionId: null }],
};

const packIndicator: Schemas['PackIndicator'] = {
  code: 'HLTH_DENTAL',
  name: 'Annual dental checks',
  definition: 'OC2 cohort with a dental check',
  unit: 'percent',
  polarity: 'higher_is_better',
  period: '2022-23',
  value: '88',
  display: '88%',
  status: 'final',
  target: '90%',
  rag: 'amber',
  ragReason: '88% is below the target of 90% but within the 5-point tolerance',
  direction: 'stable',
  directionReason: 'Unchanged at 88%, too small a change to call',
  trend: [
    { period: '2020-21', display: '43%' },
    { period: '2021-22', display: '88%' },
    { period: '2022-23', display: '88%' },
  ],
  comparators: { england: '91%' },
  dataWarnings: [],
};

const packSummary: Schemas['PerformancePackSummary'] = {
  id: 5,
  authority: WALSALL.code,
  period: '2022-23',
  periodLabel: '2022-23',
  title: 'Performance pack, 2022-23 (Walsall)',
  status: 'draft',
  createdAt: '2026-11-30T10:00:00Z',
  version: 2,
};

const packContent: Schemas['PackContent'] = {
  generatedAt: '2026-12-01T10:00:00Z',
  authority: WALSALL,
  period: '2022-23',
  periodLabel: '2022-23',
  priorities: [{ priority: 'health-and-wellbeing', title: 'Health and Wellbeing', indicators: [packIndicator] }],
  exceptions: {
    red: [],
    declining: [{ indicator: 'HLTH_DENTAL', name: 'Annual dental checks', reason: 'Down from 90% to 88%' }],
    overdueActions: [{ itemId: 101, plan: '2023-24', letter: 'a', title: item.what, owner: "Children's Champion / Head of Service", due: '2024-03-31', status: 'at-risk' }],
    dataWarnings: [],
  },
  youngPeopleToldUs: [{ ask: 'Help us to understand what our carers can agree to', askedIn: '2023-02', forum: 'Engagement session at the TLC Hub', done: [], next: [{ date: '2023-11-13', text: 'A child friendly version of the delegated authority form.' }] }],
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
  MeetingRef: september,
  ResolutionRef: universityResolution,
  MeetingSummary: meetingSummary,
  MeetingList: { items: [meetingSummary], deleted: [] },
  AgendaItem: performanceItem,
  Meeting: {
    ...meetingSummary,
    closeTime: '19:40',
    livestreamUrl: null,
    cancelledReason: null,
    agendaPublishedOn: '2023-08-24',
    nextMeetingDate: '2023-11-13',
    agendaItems: [performanceItem, privateItem],
    attendance: [
      { id: 1, name: 'Councillor S. Elson', capacity: 'member', presence: 'present', substituteFor: null, roleTitle: 'Chair', voting: true, boardMember: 11 },
      { id: 2, name: 'Councillor Latham', capacity: 'member', presence: 'apologies', substituteFor: null, roleTitle: null, voting: true, boardMember: 12 },
      { id: 3, name: 'Councillor A. Nawaz', capacity: 'substitute', presence: 'present', substituteFor: 'Councillor Latham', roleTitle: null, voting: true, boardMember: null },
      { id: 4, name: 'Zoe Morgan', capacity: 'officer', presence: 'present', substituteFor: null, roleTitle: 'Head of Service', voting: false, boardMember: null },
    ],
    declarations: [
      { id: 5, agendaItem: { id: performanceItem.id, number: 11 }, memberName: 'Councillor R. Worrall', kind: 'non-registerable', interest: 'A relative is a foster carer for the council.', dispensation: null },
    ],
    quorum: { required: 3, votingPresent: 2, met: false, message: 'Not quorate: 2 voting members present, the quorum is 3.' },
    minutesApprovedBy: approvedBy,
  },
  Minute: minute,
  Resolution: universityResolutionDetail,
  MeetingMinutes: {
    meeting: september,
    approved: true,
    approvedBy,
    items: [
      { agendaItem: { id: performanceItem.id, number: 11, title: performanceItem.title, exempt: false, exemptParagraph: null }, minute, resolutions: [universityResolutionDetail] },
    ],
  },
  MeetingChecks: {
    meeting: september,
    warnings: [
      {
        rule: 'minutes-date-mismatch',
        message: 'The minutes approved are dated 3 September 2023, but the board last met on 3 July 2023.',
      },
    ],
  },
  Board: {
    id: 1,
    authority: WALSALL.code,
    authorityName: WALSALL.name,
    name: BOARD_NAME,
    quorum: 3,
    quorumStated: true,
    vacancies: 1,
    members: [
      { id: 11, name: 'Councillor S. Elson', role: 'chair', voting: true, description: null, termFrom: null, termTo: null },
      { id: 12, name: 'Councillor Latham', role: 'member', voting: true, description: null, termFrom: null, termTo: null },
      { id: 13, name: 'A young person from the Children in Care Council', role: 'co-opted', voting: false, description: null, termFrom: null, termTo: null },
    ],
    advisors: ["Director of Children's Services"],
    votingMembers: 2,
    version: 0,
    updatedAt: '2023-11-13T09:00:00Z',
  },
  ActionArising: actionArising,
  ActionArisingList: { items: [actionArising], counts: { open: 1, late: 1, closed: 0 }, deleted: [] },
  WorkProgrammeItem: virtualSchoolReport,
  WorkProgramme: {
    authority: WALSALL.code,
    authorityName: WALSALL.name,
    startYear: 2023,
    year: '2023/24',
    meetings: [
      { meeting: july, items: [] },
      { meeting: september, items: [] },
      { meeting: november, items: [{ ...virtualSchoolReport, id: 62, title: 'Corporate Parenting Strategy', reportType: 'strategy', meeting: november, moves: [] }] },
      { meeting: january, items: [] },
      { meeting: april, items: [virtualSchoolReport] },
    ],
    unscheduled: [],
    nextMeeting: january,
    dueAtNextMeeting: [],
    late: [],
  },
  Report: fosteringReport,
  ReportList: { items: [fosteringReport] },
  ReportVersion: {
    reportId: fosteringReport.id,
    number: 1,
    publishedAt: '2023-10-30T09:00:00Z',
    reason: null,
    authority: fosteringReport.authority,
    type: fosteringReport.type,
    title: fosteringReport.title,
    periodCovered: fosteringReport.periodCovered,
    author: fosteringReport.author,
    contactOfficer: fosteringReport.contactOfficer,
    executiveSummary: fosteringReport.executiveSummary,
    recommendations: fosteringReport.recommendations,
    body: null,
    visibility: 'public',
    exemptParagraph: null,
    sections: fosteringReport.sections!,
    childFriendlySummary: [],
  },
  ReportVersionList: {
    items: [
      { number: 1, publishedAt: '2023-10-30T09:00:00Z', reason: null },
      { number: 2, publishedAt: '2023-11-14T09:00:00Z', reason: 'The table of households was corrected' },
    ],
  },
  PackIndicator: packIndicator,
  PerformancePackSummary: packSummary,
  PerformancePack: { ...packSummary, content: packContent },
  PerformancePackList: { items: [packSummary] },
  PackChangeList: {
    packId: 5,
    frozenAt: '2026-12-01T10:00:00Z',
    comparedAt: '2026-12-02T10:00:00Z',
    changes: [
      { kind: 'figure-revised', indicator: 'HLTH_DENTAL', name: 'Annual dental checks', period: '2022-23', before: '88%', after: '91%', words: 'The figure for 2022-23 was revised from 88% to 91%.' },
      { kind: 'rag-changed', indicator: 'HLTH_DENTAL', name: 'Annual dental checks', period: '2022-23', before: 'Amber', after: 'Green', words: 'The RAG for 2022-23 changed from amber to green.' },
    ],
  },
  // Histories and the audit log (issue 14): an action item whose owner changed, after it was added.
  ChangeHistory: {
    items: [
      { at: '2023-11-20T14:05:00Z', by: 'Priya Shah', action: 'update', changes: [{ field: 'dueDate', before: '2024-03-31', after: '2024-06-30' }, { field: 'owner', before: 'Head of Service', after: null }] },
      { at: '2023-05-02T09:00:00Z', by: 'Priya Shah', action: 'create', changes: [{ field: 'what', before: null, after: 'Every child has a dental check' }] },
    ],
  },
  AuditEntryList: {
    items: [
      { id: 42, at: '2023-11-20T14:05:00Z', actorSubject: 'u-1', actorName: 'Priya Shah', entityType: 'indicator-value', entityId: 'HLTH_DENTAL/E08000030/2022-23', action: 'update', before: { value: 88 }, after: { value: 91 } },
      { id: 41, at: '2023-11-19T10:00:00Z', actorSubject: 'u-2', actorName: 'Data import', entityType: 'declaration', entityId: '7', action: 'create', before: null, after: { memberName: 'Councillor Chair' } },
    ],
  },
  Dashboard: {
    authority: WALSALL.code,
    authorityName: WALSALL.name,
    asAt: '2026-12-03',
    view: 'insider',
    period: '2022-23',
    nextMeeting: {
      id: 4,
      title: BOARD_NAME,
      date: '2027-01-20',
      items: [
        { number: 1, title: 'Quarterly performance report', exempt: false },
        { number: 2, title: 'Placement of a named child', exempt: true },
      ],
    },
    scorecard: {
      counts: { red: 1, amber: 1, green: 2, none: 3 },
      needsAttention: [
        { indicator: 'CLA_RATE', name: 'Children in care for every 10,000 children', rag: 'red', direction: 'declining' },
        { indicator: 'HLTH_DENTAL', name: 'Children in care who saw a dentist this year', rag: 'amber', direction: 'stable' },
      ],
      worse: [{ indicator: 'CLA_RATE', name: 'Children in care for every 10,000 children', rag: 'red', direction: 'declining' }],
    },
    overdueActionItems: [{ id: item.id, planId: item.planId, year: item.year, letter: item.letter, what: item.what, owner: item.owner ?? null, dueDate: '2024-03-31', daysLate: 977 }],
    unansweredQuestions: [{ id: 1, itemId: item.id, what: item.what, askedBy: 'board.walsall', askedAt: '2026-11-21T10:00:00Z', text: 'When will the training dates be agreed?' }],
    actionsArising: {
      open: 2,
      late: 1,
      items: [
        { id: 31, description: 'Bring the university offer to the next meeting', owner: 'Head of the Virtual School', dueDate: '2023-11-13', late: true, daysLate: 1116 },
        { id: 32, description: 'Ask the health trust for dental figures', owner: null, dueDate: null, late: false, daysLate: null },
      ],
    },
    figuresDue: {
      dueBy: '2027-01-20',
      items: [{ indicator: 'HLTH_DENTAL', name: 'Children in care who saw a dentist this year', lastPeriod: '2022-23', duePeriod: '2023-24', periodsBehind: 3, state: 'stale' }],
    },
    dataWarnings: { open: 2 },
  },
  PublicAuthorityList: {
    items: [
      { code: 'E08000027', name: 'Dudley', scorecardPeriod: '2022-23', strategy: false, youSaidEntries: 0, upcomingMeetings: 0 },
      { code: 'E08000028', name: 'Sandwell', scorecardPeriod: null, strategy: false, youSaidEntries: 0, upcomingMeetings: 0 },
      { code: WALSALL.code, name: WALSALL.name, scorecardPeriod: '2022-23', strategy: true, youSaidEntries: 12, upcomingMeetings: 1 },
    ],
    opening: WALSALL.code,
  },
  PartnerClientList: { items: [{ clientId: 'partner-walsall-case-system', name: 'Walsall case system', authority: WALSALL.code }] },
  PartnerClientSecret: { clientId: 'partner-nhs-black-country', name: 'NHS Black Country', authority: WALSALL.code, secret: 'fIv3Ls1MxnWw0yT4fPq8' },
  PersonList: {
    items: [{ id: '3f0c5a8e-2b1d-4c6e-9f7a-0d2e4b6c8a1f', firstName: 'Morgan', lastName: 'Walsall-Member', email: 'member.walsall@walsall.example', role: 'board-member', authority: WALSALL.code, enabled: true }],
  },
  PersonCreated: {
    person: { id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', firstName: 'Priya', lastName: 'Shah', email: 'priya.shah@walsall.example', role: 'officer', authority: WALSALL.code, enabled: true },
    passwordEmailSent: true,
  },
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
