import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { actionItemKeys, areaKeys, indicatorKeys, meKeys, planKeys, publicScorecardKeys, scorecardKeys, strategyKeys, targetKeys, valueKeys, youSaidKeys } from '@/lib/api/queryKeys';
import { fixture } from './fixtures';

export const WALSALL = 'E08000030';
export const DUDLEY = 'E08000027';
export const ENGLAND = 'E92000001';

/** A query of each kind the client makes, for two authorities, two plans, two indicators and two periods. */
const EVERY_QUERY = {
  me: meKeys.me,
  authoritiesToPick: meKeys.authoritiesToPick(true),
  dentalIndicator: indicatorKeys.detail('HLTH_DENTAL'),
  dentalValues: valueKeys.list('HLTH_DENTAL'),
  dentalValueOfWalsall: valueKeys.detail('HLTH_DENTAL', WALSALL, '2022-23'),
  otherIndicatorValues: valueKeys.list('CL_EET_1921'),
  dentalTargetOfWalsall: targetKeys.detail('HLTH_DENTAL', WALSALL, '2023-24'),
  dentalTargetOfDudley: targetKeys.detail('HLTH_DENTAL', DUDLEY, '2023-24'),
  walsallScorecard: scorecardKeys.card(WALSALL, '2022-23'),
  walsallEarlierHealthScorecard: scorecardKeys.card(WALSALL, '2021-22', 'health-and-wellbeing'),
  walsallPeriods: scorecardKeys.periods(WALSALL),
  dudleyScorecard: scorecardKeys.card(DUDLEY, '2022-23'),
  dudleyPeriods: scorecardKeys.periods(DUDLEY),
  publishingAuthorities: areaKeys.publishingScorecards,
  walsallPublicScorecard: publicScorecardKeys.card(WALSALL, '2022-23'),
  walsallPublicPeriods: publicScorecardKeys.periods(WALSALL),
  dudleyPublicScorecard: publicScorecardKeys.card(DUDLEY, '2022-23'),
  walsallPlans: planKeys.list(WALSALL),
  dudleyPlans: planKeys.list(DUDLEY),
  walsallPlanItems: planKeys.items(7, {}),
  walsallPlanOverdueItems: planKeys.items(7, { overdue: true }),
  walsallCarryForward: planKeys.carryForward(7),
  walsallNextPlanItems: planKeys.items(8, {}),
  dudleyPlanItems: planKeys.items(9, {}),
  itemA: actionItemKeys.detail(101),
  itemB: actionItemKeys.detail(102),
  dudleyItem: actionItemKeys.detail(901),
  strategy: strategyKeys.ofAuthority(WALSALL),
  youSaidWeDid: youSaidKeys.ofAuthority(WALSALL),
} satisfies Record<string, QueryKey>;

export type QueryName = keyof typeof EVERY_QUERY;

/** Walsall's scorecards, signed-in and public, with their lists of periods: what a change to Walsall's figures refreshes. */
export const WALSALL_SCORECARDS: QueryName[] = ['walsallScorecard', 'walsallEarlierHealthScorecard', 'walsallPeriods', 'walsallPublicScorecard', 'walsallPublicPeriods'];

/** Every authority's cards, signed-in and public, without their lists of periods. */
export const EVERY_CARD: QueryName[] = ['walsallScorecard', 'walsallEarlierHealthScorecard', 'dudleyScorecard', 'walsallPublicScorecard', 'dudleyPublicScorecard'];

/** Every action item's page: each shows its linked indicators' figures and RAG. */
export const EVERY_ACTION_ITEM: QueryName[] = ['itemA', 'itemB', 'dudleyItem'];

/**
 * A cache holding every query above, as pages would leave it. The scorecards hold what a change's refresh looks
 * at: Walsall's and Dudley's both compare their rows with England.
 */
export function cacheOfEveryQuery() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const dudley = () => fixture('Scorecard', { area: DUDLEY, areaName: 'Dudley' });
  const scorecards: Partial<Record<QueryName, unknown>> = {
    walsallScorecard: fixture('Scorecard'),
    walsallEarlierHealthScorecard: fixture('Scorecard', { period: '2021-22' }),
    dudleyScorecard: dudley(),
    walsallPublicScorecard: fixture('Scorecard'),
    dudleyPublicScorecard: dudley(),
  };
  for (const [name, key] of Object.entries(EVERY_QUERY) as [QueryName, QueryKey][]) queryClient.setQueryData(key, scorecards[name] ?? { cached: name });
  return queryClient;
}

/** The queries a change marked stale, to be read again, in the order listed above. */
export function refreshed(queryClient: QueryClient): QueryName[] {
  return (Object.entries(EVERY_QUERY) as [QueryName, QueryKey][]).filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name);
}
