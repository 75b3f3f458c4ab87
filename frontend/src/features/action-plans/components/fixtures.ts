import type { ActionItem, ActionPlan } from '../api/usePlans';

export const plan: ActionPlan = {
  id: 7,
  authority: 'E08000030',
  authorityName: 'Walsall',
  startYear: 2023,
  year: '2023-24',
  title: 'Corporate Parenting Strategy - Our Action Plan 2023-24',
  itemCount: 2,
  statusCounts: [
    { status: 'not-started', count: 1 },
    { status: 'at-risk', count: 1 },
  ],
  overdueCount: 1,
  version: 0,
};

export const items: ActionItem[] = [
  {
    id: 101,
    planId: 7,
    authority: 'E08000030',
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
    latestUpdate: { id: 9, date: '2026-11-20', author: 'officer.walsall', text: 'Training dates are not yet agreed.', status: 'at-risk' },
    version: 3,
  },
  {
    id: 102,
    planId: 7,
    authority: 'E08000030',
    year: '2023-24',
    letter: 'b',
    priority: 'safety-and-permanency',
    priorityTitle: 'Safety and Permanency',
    what: 'Support and enable more children and young people to remain with their foster carers post 18 years of age.',
    how: [],
    measures: [],
    indicators: [],
    owner: 'Head of Service for Children in Care.',
    dueDate: '2030-03-31',
    status: 'not-started',
    overdue: false,
    version: 0,
  },
];

export const walsallOfficer = {
  subject: 's1',
  name: 'officer.walsall',
  roles: ['officer'],
  authorities: [{ code: 'E08000030', name: 'Walsall' }],
};
