import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/Button';
import { Select } from '@/components/govuk/Select';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { openingAuthority, usePublicAuthorities } from '@/lib/auth/useOpeningAuthority';
import { openingPeriod } from '@/lib/periods';
import { usePublicPeriods, usePublicScorecard, usePublishingAuthorities } from '../api/usePublicScorecard';
import { scorecardView, withView } from '../scorecardViews';
import { ScorecardGroups } from './ScorecardGroups';
import { StatisticalNeighbours } from './StatisticalNeighbours';

/** The scorecard as the public sees it: published figures only, small numbers shown as c. No sign-in. */
export function PublicScorecardPage() {
  usePageTitle('Public scorecard');
  const [search, setSearch] = useSearchParams();
  const authorities = usePublishingAuthorities();
  const opening = openingAuthority(usePublicAuthorities().data, 'scorecard');
  const area = search.get('area') ?? opening;
  const periods = usePublicPeriods(area);
  const period = search.get('period') ?? openingPeriod(periods.data)?.period;
  const scorecard = usePublicScorecard(area, period);
  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget);
    const chosenArea = String(chosen.get('area') ?? '');
    const next = new URLSearchParams({ area: chosenArea });
    if (chosenArea === area && chosen.get('period')) next.set('period', String(chosen.get('period')));
    // The view (needs attention, the order) stays as it was.
    setSearch(withView(next, scorecardView(search)));
  };

  return (
    <>
      <h1 className="govuk-heading-xl">Public scorecard</h1>
      <p className="govuk-body-l">How the council is doing for children in care and care leavers, against the targets its Corporate Parenting Board agreed.</p>
      <div className="govuk-inset-text">
        To protect children&apos;s privacy, numbers from 1 to 5, and figures that would reveal them, are shown as <strong>c</strong> (confidential).
        Only final figures are shown.
      </div>
      {(authorities.isError || periods.isError) && <ProblemMessage error={authorities.error ?? periods.error} />}
      <form onSubmit={show} className="govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select id="area" label="Council" defaultValue={area} options={(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))} />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select id="period" label="Year" defaultValue={period} options={(periods.data ?? []).map((p) => ({ value: p.period, text: p.period }))} />
          </div>
        </div>
        <Button variant="secondary" className="govuk-!-margin-bottom-0">
          Show scorecard
        </Button>
      </form>
      {scorecard.isError && <ProblemMessage error={scorecard.error} />}
      {scorecard.isPending && area && period && <p className="govuk-body">Loading the scorecard…</p>}
      {scorecard.data && <ScorecardGroups card={scorecard.data} linked={false} />}
      {scorecard.data && <StatisticalNeighbours area={scorecard.data.area} areaName={scorecard.data.areaName} />}
    </>
  );
}
