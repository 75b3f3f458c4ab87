import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasFootnote } from '@/components/Footnotes';
import type { Scorecard, ScorecardRow } from '../api/useScorecard';
import { allRows, attentionLine, attentionRows, byRag, scorecardView, summaryLine, withView, type ScorecardView } from '../scorecardViews';
import { ScorecardTable } from './ScorecardTable';

/** One choice of a view: a link to it, or, for the view shown, its words marked as the current one. */
function ViewChoice({ current, to, children }: { current: boolean; to: Partial<ScorecardView>; children: ReactNode }) {
  const [search] = useSearchParams();
  if (current) {
    return (
      <li>
        <strong aria-current="true">{children}</strong>
      </li>
    );
  }
  return (
    <li>
      <Link className="govuk-link" to={{ search: withView(search, to).toString() }}>
        {children}
      </Link>
    </li>
  );
}

/**
 * A whole scorecard: its heading, a line counting its rows by RAG, then either the rows that need attention (red,
 * amber or declining, red first) in one table, or a table for each priority under its heading, in the strategy's
 * order or red first. The view is in the address, so a link shares it. `linked` rows open the indicator pages.
 * Footnotes are numbered once across what is shown, so that "Note 3" names one note on the page.
 */
export function ScorecardGroups({ card, linked = true }: { card: Scorecard; linked?: boolean }) {
  const [search] = useSearchParams();
  const view = scorecardView(search);
  const rows = allRows(card);
  const attention = attentionRows(card);
  const priorityOf = new Map(card.groups.flatMap((group) => group.rows.map((row) => [row, group.title] as const)));
  const groups = card.groups.map((group) => ({ ...group, rows: view.order === 'rag' ? byRag(group.rows) : group.rows }));
  const noted = groups.map((group) => group.rows.filter(hasFootnote).length);
  const firstNotes = noted.map((_, index) => 1 + noted.slice(0, index).reduce((sum, n) => sum + n, 0));
  return (
    <>
      <h2 className="govuk-heading-l">
        {card.areaName}, {card.period}
      </h2>
      {card.groups.length === 0 && <p className="govuk-body">No indicator has a value or a target for this year.</p>}
      {card.groups.length > 0 && (
        <>
          <p className="govuk-body-l app-scorecard-summary">
            {rows.length} {rows.length === 1 ? 'indicator' : 'indicators'}: {summaryLine(rows)}
          </p>
          <nav aria-label="Scorecard view" className="app-view-choices">
            <ul className="govuk-list app-inline-links">
              <ViewChoice current={view.show === 'attention'} to={{ show: 'attention' }}>
                Needs attention ({attention.length})
              </ViewChoice>
              <ViewChoice current={view.show === 'all'} to={{ show: 'all' }}>
                All indicators by priority ({rows.length})
              </ViewChoice>
            </ul>
            {view.show === 'all' && (
              <ul className="govuk-list app-inline-links" aria-label="Order within each priority">
                <li>Order within each priority:</li>
                <ViewChoice current={view.order === 'strategy'} to={{ order: 'strategy' }}>
                  as in the strategy
                </ViewChoice>
                <ViewChoice current={view.order === 'rag'} to={{ order: 'rag' }}>
                  red first
                </ViewChoice>
              </ul>
            )}
          </nav>
        </>
      )}
      {view.show === 'attention' && card.groups.length > 0 && (
        <AttentionTable card={card} rows={attention} linked={linked} priorityOf={(row) => priorityOf.get(row)} />
      )}
      {view.show === 'all' &&
        groups.map((group, index) => (
          <ScorecardTable
            key={group.priority}
            title={group.title}
            rows={group.rows}
            area={card.area}
            period={card.period}
            linked={linked}
            firstNote={firstNotes[index]}
          />
        ))}
    </>
  );
}

function AttentionTable({ card, rows, linked, priorityOf }: { card: Scorecard; rows: ScorecardRow[]; linked: boolean; priorityOf: (row: ScorecardRow) => string | undefined }) {
  if (rows.length === 0) return <p className="govuk-body">Nothing needs attention: no indicator is red, amber or declining.</p>;
  return (
    <ScorecardTable
      title={`Needs attention: ${attentionLine(rows)}`}
      rows={rows}
      area={card.area}
      period={card.period}
      linked={linked}
      priorityOf={priorityOf}
    />
  );
}
