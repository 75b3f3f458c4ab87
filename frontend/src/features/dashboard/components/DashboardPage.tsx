import { Link, useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { formatDate } from '@/lib/format';
import { useDashboard } from '../api/useDashboard';
import { ActionsArisingSection, DataWarningsSection, FiguresDueSection, NextMeetingSection, OverdueItemsSection, QuestionsSection, ScorecardSection } from './DashboardSections';

/** The first page of a signed-in person: what needs their attention in their authority, each with a link to act. */
export function DashboardPage() {
  usePageTitle('Home');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const dashboard = useDashboard(authority);
  const d = dashboard.data;

  return (
    <>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {(authorities.isError || dashboard.isError) && <ProblemMessage error={authorities.error ?? dashboard.error} />}
      {dashboard.isPending && authority && <p className="govuk-body">Loading…</p>}
      {d && (
        <>
          <span className="govuk-caption-l">{d.authorityName}</span>
          <h1 className="govuk-heading-xl">What needs attention</h1>
          <p className="govuk-body-l">
            As at {formatDate(d.asAt)}.{' '}
            {d.period ? `The scorecard is for ${d.period}, the latest year with figures.` : 'There are no figures on the scorecard yet.'}
          </p>
          {d.view !== 'insider' && (
            <div className="govuk-inset-text">
              You see what {d.authorityName} publishes{d.view === 'partner' ? ' to its partners' : ''}: its private papers and provisional figures are for its own officers and board members.
            </div>
          )}
          <ScorecardSection dashboard={d} />
          <NextMeetingSection dashboard={d} />
          <OverdueItemsSection dashboard={d} />
          <QuestionsSection dashboard={d} />
          <ActionsArisingSection dashboard={d} />
          {d.figuresDue && <FiguresDueSection dashboard={d} figuresDue={d.figuresDue} />}
          {d.dataWarnings && <DataWarningsSection dashboard={d} dataWarnings={d.dataWarnings} />}
          <p className="govuk-body">
            <Link className="govuk-link" to="/you-said-we-did">
              What children and young people told the board, and what was done
            </Link>
          </p>
        </>
      )}
    </>
  );
}
