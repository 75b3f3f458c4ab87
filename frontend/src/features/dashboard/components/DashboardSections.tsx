import { Link } from 'react-router';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { Tag } from '@/components/govuk/Tag';
import { RagTag } from '@/components/RagTag';
import { counted, ownerAndDue, ragSummary } from '@/lib/boardWords';
import { formatDate, formatWhen } from '@/lib/format';
import type { Dashboard } from '../api/useDashboard';

type Section = { dashboard: Dashboard };
type Indicator = NonNullable<Dashboard['scorecard']>['needsAttention'][number];

function IndicatorList({ indicators, label }: { indicators: Indicator[]; label: string }) {
  return (
    <ul className="govuk-list" aria-label={label}>
      {indicators.map((indicator) => (
        <li key={indicator.indicator}>
          <RagTag rag={indicator.rag} />{' '}
          <Link className="govuk-link" to={`/indicators/${encodeURIComponent(indicator.indicator)}`}>
            {indicator.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ScorecardSection({ dashboard }: Section) {
  const card = dashboard.scorecard;
  const link = `/scorecard?area=${dashboard.authority}${dashboard.period ? `&period=${dashboard.period}` : ''}`;
  return (
    <section aria-labelledby="scorecard-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="scorecard-heading">
        Scorecard{dashboard.period ? ` ${dashboard.period}` : ''}
      </h2>
      {!card ? (
        <p className="govuk-body">There are no figures to show yet.</p>
      ) : (
        <>
          <p className="govuk-body" data-testid="rag-summary">
            {ragSummary(card.counts)}.
          </p>
          <h3 className="govuk-heading-m">Red and amber ({card.needsAttention.length})</h3>
          {card.needsAttention.length === 0 ? <p className="govuk-body">No indicator is red or amber.</p> : <IndicatorList indicators={card.needsAttention} label="Red and amber indicators" />}
          <h3 className="govuk-heading-m">Got worse since the year before ({card.worse.length})</h3>
          {card.worse.length === 0 ? <p className="govuk-body">No indicator got worse.</p> : <IndicatorList indicators={card.worse} label="Indicators that got worse" />}
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={link}>
          See the whole scorecard
        </Link>
      </p>
    </section>
  );
}

export function NextMeetingSection({ dashboard }: Section) {
  const meeting = dashboard.nextMeeting;
  return (
    <section aria-labelledby="meeting-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="meeting-heading">
        Next meeting
      </h2>
      {!meeting ? (
        <p className="govuk-body">No meeting is planned yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/meetings/${meeting.id}`}>
              {meeting.title}, {formatDate(meeting.date)}
            </Link>
          </p>
          {meeting.items.length === 0 ? (
            <p className="govuk-body">The agenda is not published yet.</p>
          ) : (
            <ol className="govuk-list govuk-list--number" aria-label="Agenda">
              {meeting.items.map((item) => (
                <li key={item.number} value={item.number}>
                  {item.title} {item.exempt && <Tag colour="grey">Private</Tag>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/meetings?authority=${dashboard.authority}`}>
          See all meetings
        </Link>
      </p>
    </section>
  );
}

/** The overdue items counted by the plan they are in, in the order the plans first appear. */
export function overdueByPlan(items: Dashboard['overdueActionItems']) {
  const plans = new Map<number, { planId: number; year: string; count: number }>();
  for (const item of items) {
    const plan = plans.get(item.planId) ?? { planId: item.planId, year: item.year, count: 0 };
    plan.count += 1;
    plans.set(item.planId, plan);
  }
  return [...plans.values()];
}

export function OverdueItemsSection({ dashboard }: Section) {
  const items = dashboard.overdueActionItems;
  return (
    <section aria-labelledby="overdue-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="overdue-heading">
        Overdue action plan items ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">No action plan item is overdue.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-label="Overdue action plan items" tabIndex={0}>
          <Table caption="Overdue action plan items" captionHidden head={['Item', 'Owner', 'Due', { key: 'late', text: 'How late', numeric: true }]}>
            {items.map((item) => (
              <TableRow key={item.id}>
                <RowHeader>
                  <Link className="govuk-link" to={`/action-items/${item.id}`}>
                    {item.year} item {item.letter}: {item.what}
                  </Link>
                </RowHeader>
                <TableCell>{item.owner ?? 'No owner named'}</TableCell>
                <TableCell>{formatDate(item.dueDate)}</TableCell>
                <TableCell numeric>{counted(item.daysLate, 'day', 'days')}</TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
      <ul className="govuk-list">
        {overdueByPlan(items).map(({ planId, year, count }) => (
          <li key={planId}>
            <Link className="govuk-link" to={`/action-plans?authority=${dashboard.authority}&plan=${planId}&overdue=true`}>
              See the {counted(count, 'overdue item', 'overdue items')} in the {year} plan
            </Link>
          </li>
        ))}
        <li>
          <Link className="govuk-link" to={`/action-plans?authority=${dashboard.authority}`}>
            See the action plan
          </Link>
        </li>
      </ul>
    </section>
  );
}

export function QuestionsSection({ dashboard }: Section) {
  const questions = dashboard.unansweredQuestions;
  return (
    <section aria-labelledby="questions-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="questions-heading">
        Board questions waiting for an answer ({questions.length})
      </h2>
      {questions.length === 0 ? (
        <p className="govuk-body">Every question the board asked has an answer.</p>
      ) : (
        <ul className="govuk-list govuk-list--spaced">
          {questions.map((question) => (
            <li key={question.id}>
              <Link className="govuk-link" to={`/action-items/${question.itemId}`}>
                {question.text}
              </Link>
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                Asked by {question.askedBy} {formatWhen(question.askedAt)}, about: {question.what}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActionsArisingSection({ dashboard }: Section) {
  const actions = dashboard.actionsArising;
  return (
    <section aria-labelledby="actions-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="actions-heading">
        Open actions from the board&apos;s meetings ({actions.open})
      </h2>
      <p className="govuk-body">
        {counted(actions.open, 'action is', 'actions are')} open, {actions.late} of them late.
      </p>
      {actions.items.length > 0 && (
        <ul className="govuk-list govuk-list--spaced">
          {actions.items.map((action) => (
            <li key={action.id}>
              <Link className="govuk-link" to={`/actions-arising/${action.id}`}>
                {action.description}
              </Link>{' '}
              {action.late && <Tag colour="red">{action.daysLate ? `${counted(action.daysLate, 'day', 'days')} late` : 'Late'}</Tag>}
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{ownerAndDue(action)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/actions-arising?authority=${dashboard.authority}`}>
          See all actions arising
        </Link>
      </p>
    </section>
  );
}

const STATE: Record<NonNullable<Dashboard['figuresDue']>['items'][number]['state'], string> = {
  due: 'Due',
  stale: 'Out of date',
  missing: 'No figure yet',
};

export function FiguresDueSection({ dashboard, figuresDue }: Section & { figuresDue: NonNullable<Dashboard['figuresDue']> }) {
  const items = figuresDue.items;
  return (
    <section aria-labelledby="due-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="due-heading">
        Figures due by {formatDate(figuresDue.dueBy)} ({items.length})
      </h2>
      <p className="govuk-body">A figure is due once the period after the latest one entered has ended.</p>
      {items.length === 0 ? (
        <p className="govuk-body">Every figure is up to date.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-label="Figures due" tabIndex={0}>
          <Table caption="Figures due" captionHidden head={['Indicator', 'Latest figure', 'State', 'What to do']}>
            {items.map((item) => (
              <TableRow key={item.indicator}>
                <RowHeader>
                  <Link className="govuk-link" to={`/indicators/${encodeURIComponent(item.indicator)}`}>
                    {item.name}
                  </Link>
                </RowHeader>
                <TableCell>{item.lastPeriod ?? 'None'}</TableCell>
                <TableCell>{item.periodsBehind > 1 ? `${STATE[item.state]}: ${item.periodsBehind} periods missing` : STATE[item.state]}</TableCell>
                <TableCell>
                  {item.duePeriod ? (
                    <Link className="govuk-link" to={`/indicators/${encodeURIComponent(item.indicator)}/value?area=${dashboard.authority}&period=${item.duePeriod}`}>
                      Enter the figure for {item.duePeriod}
                      <span className="govuk-visually-hidden"> of {item.name}</span>
                    </Link>
                  ) : (
                    <Link className="govuk-link" to={`/indicators/${encodeURIComponent(item.indicator)}`}>
                      See the indicator<span className="govuk-visually-hidden"> {item.name}</span>
                    </Link>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}

export function DataWarningsSection({ dashboard, dataWarnings }: Section & { dataWarnings: NonNullable<Dashboard['dataWarnings']> }) {
  return (
    <section aria-labelledby="warnings-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="warnings-heading">
        Data warnings ({dataWarnings.open})
      </h2>
      <p className="govuk-body">
        {dataWarnings.open === 0 ? 'No figure breaks a data-quality rule without an explanation.' : `${counted(dataWarnings.open, 'warning needs', 'warnings need')} checking or explaining.`}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={`/data-checks?authority=${dashboard.authority}`}>
          Check the data
        </Link>
      </p>
    </section>
  );
}
