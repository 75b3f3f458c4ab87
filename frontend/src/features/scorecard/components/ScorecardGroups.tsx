import type { Scorecard } from '../api/useScorecard';
import { hasFootnote } from '@/components/Footnotes';
import { ScorecardTable } from './ScorecardTable';

/**
 * A whole scorecard: its heading, then a table for each priority; `linked` rows open the indicator pages. Footnotes
 * are numbered once across the card, so that "Note 3" names one note on the page.
 */
export function ScorecardGroups({ card, linked = true }: { card: Scorecard; linked?: boolean }) {
  const noted = card.groups.map((group) => group.rows.filter(hasFootnote).length);
  const firstNotes = noted.map((_, index) => 1 + noted.slice(0, index).reduce((sum, n) => sum + n, 0));
  return (
    <>
      <h2 className="govuk-heading-l">
        {card.areaName}, {card.period}
      </h2>
      {card.groups.length === 0 && <p className="govuk-body">No indicator has a value or a target for this year.</p>}
      {card.groups.map((group, index) => (
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
