import type { Scorecard, ScorecardRow } from './api/useScorecard';

/**
 * Why a row has the colour it has, or has none. Rows without a colour are told apart in the order the service's
 * RAG rule gives its reasons (contextual, no target, pending, no value), so a row counts where its reason says.
 */
export type Standing = 'red' | 'amber' | 'green' | 'no-target' | 'pending' | 'no-value' | 'contextual';

export function standingOf(row: ScorecardRow): Standing {
  if (row.rag !== 'none') return row.rag;
  if (row.polarity === 'contextual') return 'contextual';
  if (!row.target) return 'no-target';
  if (row.target.pending) return 'pending';
  return 'no-value';
}

const STANDING_WORDS: Record<Standing, string> = {
  red: 'red',
  amber: 'amber',
  green: 'green',
  'no-target': 'without a target',
  pending: 'with the target pending',
  'no-value': 'without a value to rate',
  contextual: 'for context only',
};

const STANDINGS = Object.keys(STANDING_WORDS) as Standing[];

/** Every row of the card, in the strategy's order. */
export function allRows(card: Scorecard): ScorecardRow[] {
  return card.groups.flatMap((group) => group.rows);
}

export type StandingCounts = Record<Standing, number>;

export function countStandings(rows: ScorecardRow[]): StandingCounts {
  const counts = Object.fromEntries(STANDINGS.map((standing) => [standing, 0])) as StandingCounts;
  for (const row of rows) counts[standingOf(row)] += 1;
  return counts;
}

/**
 * "4 red, 6 amber, 6 green, 30 without a target": red, amber and green always (none red is news too), the rows
 * without a colour by their reason when there are any. The counts add up to the rows.
 */
export function summaryLine(rows: ScorecardRow[]): string {
  const counts = countStandings(rows);
  return STANDINGS.filter((standing) => counts[standing] > 0 || standing === 'red' || standing === 'amber' || standing === 'green')
    .map((standing) => `${counts[standing]} ${STANDING_WORDS[standing]}`)
    .join(', ');
}

const RAG_ORDER: Record<ScorecardRow['rag'], number> = { red: 0, amber: 1, green: 2, none: 3 };

/** Whether the board should look at a row first: red or amber against its target, or getting worse. */
export function needsAttention(row: ScorecardRow): boolean {
  return row.rag === 'red' || row.rag === 'amber' || row.direction === 'declining';
}

/**
 * Red first, then amber, then green, then the rows without a colour; among equals, a declining row first, then the
 * order given. The sort is stable, so the strategy's order is kept within each colour.
 */
export function byRag(rows: ScorecardRow[]): ScorecardRow[] {
  const declining = (row: ScorecardRow) => (row.direction === 'declining' ? 0 : 1);
  return [...rows].sort((a, b) => RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || declining(a) - declining(b));
}

/** The rows that need attention, across the priorities: red, then amber, then those declining whatever their colour. */
export function attentionRows(card: Scorecard): ScorecardRow[] {
  return byRag(allRows(card).filter(needsAttention));
}

/** "4 red, 6 amber, 2 declining": what the needs-attention rows are, adding up to them. */
export function attentionLine(rows: ScorecardRow[]): string {
  const red = rows.filter((row) => row.rag === 'red').length;
  const amber = rows.filter((row) => row.rag === 'amber').length;
  const parts = [`${red} red`, `${amber} amber`];
  const otherwiseDeclining = rows.length - red - amber;
  if (otherwiseDeclining > 0) parts.push(`${otherwiseDeclining} declining`);
  return parts.join(', ');
}

/** How the scorecard is shown, from the address, so that a view can be shared by its link. */
export type ScorecardView = { show: 'all' | 'attention'; order: 'strategy' | 'rag' };

export function scorecardView(search: URLSearchParams): ScorecardView {
  return { show: search.get('show') === 'attention' ? 'attention' : 'all', order: search.get('order') === 'rag' ? 'rag' : 'strategy' };
}

/** The address's parameters with the view changed and everything else (authority, year, priority) kept. */
export function withView(search: URLSearchParams, view: Partial<ScorecardView>): URLSearchParams {
  const next = new URLSearchParams(search);
  const { show, order } = { ...scorecardView(search), ...view };
  if (show === 'attention') next.set('show', show);
  else next.delete('show');
  if (order === 'rag') next.set('order', order);
  else next.delete('order');
  return next;
}
