import type { Scorecard } from '../api/useScorecard';
import { ScorecardTable } from './ScorecardTable';

/** A whole scorecard: its heading, then a table for each priority; `linked` rows open the indicator pages. */
export function ScorecardGroups({ card, linked = true }: { card: Scorecard; linked?: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-l">
        {card.areaName}, {card.period}
      </h2>
      {card.groups.length === 0 && <p className="govuk-body">No indicator has a value or a target for this year.</p>}
      {card.groups.map((group) => (
        <ScorecardTable key={group.priority} title={group.title} rows={group.rows} area={card.area} period={card.period} linked={linked} />
      ))}
    </>
  );
}
