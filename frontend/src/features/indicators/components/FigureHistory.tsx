import { ChangeHistory, HistoryDetails } from '@/components/ChangeHistory';
import { useTargetHistory, useValueHistory } from '../api/useFigureHistory';
import { duringPeriod } from '@/lib/periods';

type Figure = { code: string; area: string; period: string };

function ValueHistory({ code, area, period }: Figure) {
  const history = useValueHistory(code, area, period);
  return <ChangeHistory history={history.data} error={history.error} what="this value" />;
}

function TargetHistory({ code, area, period }: Figure) {
  const history = useTargetHistory(code, area, period);
  return <ChangeHistory history={history.data} error={history.error} what="this target" />;
}

/** The history of the period's value and target, for the authority's own people: who changed them, when, and how. */
export function FigureHistory(figure: Figure) {
  return (
    <div className="govuk-!-margin-bottom-6 app-history">
      <h2 className="govuk-heading-m">History</h2>
      <HistoryDetails summary={`History of the value ${duringPeriod(figure.period, 'for')}`}>
        <ValueHistory {...figure} />
      </HistoryDetails>
      <HistoryDetails summary={`History of the target ${duringPeriod(figure.period, 'for')}`}>
        <TargetHistory {...figure} />
      </HistoryDetails>
    </div>
  );
}
