import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Button } from '@/components/govuk/Button';
import { Select } from '@/components/govuk/Select';
import { ProblemMessage } from '@/components/ProblemMessage';
import { AsAt } from '@/components/AsAt';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { useSavedMessage } from '@/lib/useSavedMessage';
import { openingPeriod } from '@/lib/periods';
import { useScorecard, type Priority } from '../api/useScorecard';
import { useScorecardPeriods } from '../api/useScorecardPeriods';
import { scorecardView, withView } from '../scorecardViews';
import { ScorecardGroups } from './ScorecardGroups';
import { StatisticalNeighbours } from './StatisticalNeighbours';

const PRIORITIES: { value: Priority | ''; text: string }[] = [
  { value: '', text: 'All priorities' },
  { value: 'safety-and-permanency', text: 'Safety and Permanency' },
  { value: 'health-and-wellbeing', text: 'Mental and Physical Health and Wellbeing' },
  { value: 'education-and-employment', text: 'Education and Employment' },
  { value: 'transitions-and-independence', text: 'Transitions and Independence' },
  { value: 'influence-and-involvement', text: 'Influence and Involvement' },
  { value: 'leadership', text: 'Leadership' },
];

export function ScorecardPage() {
  usePageTitle('Scorecard');
  const [search, setSearch] = useSearchParams();
  const saved = useSavedMessage();
  const authorities = useAuthorities();
  const area = search.get('area') ?? authorities.data?.[0]?.code;
  const periods = useScorecardPeriods(area);
  // The newest year that has ended with figures, rather than a coming year that has only targets (or a stray value).
  const period = search.get('period') ?? openingPeriod(periods.data)?.period;
  const priority = (search.get('priority') || undefined) as Priority | undefined;
  const scorecard = useScorecard(area, period, priority);
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget);
    const chosenArea = String(chosen.get('area') ?? '');
    const next = new URLSearchParams({ area: chosenArea });
    // A year belongs to the authority it was listed for: another authority starts at its own latest year.
    if (chosenArea === area) next.set('period', String(chosen.get('period') ?? ''));
    if (chosen.get('priority')) next.set('priority', String(chosen.get('priority')));
    // The view (needs attention, the order) stays as it was.
    setSearch(withView(next, scorecardView(search)));
  };

  return (
    <>
      {saved && <SuccessBanner title={saved}>The scorecard below includes the change.</SuccessBanner>}
      <h1 className="govuk-heading-xl">Scorecard</h1>
      {area && period && <AsAt what={`${authorities.data?.find((a) => a.code === area)?.name ?? area}, scorecard for ${period}${priority ? `, ${PRIORITIES.find((p) => p.value === priority)?.text ?? priority}` : ''}`} />}
      <p className="govuk-body-l">How we are doing against the targets the board agreed, compared with England, the region and similar authorities.</p>
      {authorities.isError && <ProblemMessage error={authorities.error} />}
      <form onSubmit={show} className="govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select
              id="area"
              label="Authority"
              defaultValue={area}
              options={(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="period"
              label="Year"
              hint="Financial years with figures"
              defaultValue={period}
              options={(periods.data ?? []).map((p) => ({ value: p.period, text: p.values > 0 ? p.period : `${p.period} (targets only)` }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select
              id="priority"
              label="Priority"
              defaultValue={priority ?? ''}
              options={PRIORITIES}
            />
          </div>
        </div>
        <Button variant="secondary" className="govuk-!-margin-bottom-0">
          Show scorecard
        </Button>
      </form>
      {periods.data?.length === 0 && <p className="govuk-body">There are no figures for this authority yet.</p>}
      {scorecard.isPending && area && period && <p className="govuk-body">Loading the scorecard…</p>}
      {scorecard.isError && <ProblemMessage error={scorecard.error} />}
      {scorecard.data && <ScorecardGroups card={scorecard.data} />}
      {scorecard.data && <StatisticalNeighbours area={scorecard.data.area} areaName={scorecard.data.areaName} />}
    </>
  );
}
