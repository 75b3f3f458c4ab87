import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ACTION_STATUS_OPTIONS, ActionArisingStatusTag } from '@/components/BoardTags';
import { Button } from '@/components/govuk/Button';
import { Checkboxes } from '@/components/govuk/Checkboxes';
import { Select } from '@/components/govuk/Select';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { ownerAndDue, resolutionName } from '@/lib/boardWords';
import { formatDate } from '@/lib/format';
import { useActionsArising, type ActionArising, type ActionArisingStatus } from '../api/useActionsArising';

const finished = (action: ActionArising) => action.status === 'done' || action.status === 'dropped';

/** Late first (the latest first of all), then the rest still open by due date, then those closed. */
function trackerOrder(actions: ActionArising[]) {
  const rank = (action: ActionArising) => (action.late ? 0 : finished(action) ? 2 : 1);
  // An action with no due date comes after those with one.
  const due = (action: ActionArising) => action.dueDate ?? '9999';
  return [...actions].sort((a, b) => rank(a) - rank(b) || (a.late && b.late ? (b.daysLate ?? 0) - (a.daysLate ?? 0) : due(a).localeCompare(due(b))));
}

function ActionEntry({ action }: { action: ActionArising }) {
  return (
    <li className="app-item-list__item">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Link className="govuk-link govuk-!-font-weight-bold" to={`/actions-arising/${action.id}`}>
          {action.description}
        </Link>
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <ActionArisingStatusTag status={action.status} late={action.late} />
        {action.late && action.daysLate !== null && action.daysLate !== undefined && ` ${action.daysLate} ${action.daysLate === 1 ? 'day' : 'days'} late`}
      </p>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-1">
        {ownerAndDue(action)}
        {action.closedOn && `, closed ${formatDate(action.closedOn)}`}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        From{' '}
        <Link className="govuk-link" to={`/meetings/${action.meeting.id}`}>
          {resolutionName(action.resolution)}
        </Link>
        , item {action.agendaItem.number}: {action.agendaItem.title}
      </p>
      {action.evidence && <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">Evidence: {action.evidence}</p>}
    </li>
  );
}

/** The board's tracker of the actions its resolutions created: what is late and open first, with counts. */
export function ActionsArisingPage() {
  usePageTitle('Actions arising');
  const [search, setSearch] = useSearchParams();
  const authorities = useAuthorities();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const status = (search.get('status') || undefined) as ActionArisingStatus | undefined;
  const overdue = search.get('overdue') === 'true';
  const actions = useActionsArising(authority, { status, overdue });
  const counts = actions.data?.counts;

  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['authority', 'status', 'overdue']) {
      const value = String(chosen.get(key) ?? '');
      if (value) next.set(key, value);
    }
    setSearch(next);
  };

  return (
    <>
      <h1 className="govuk-heading-xl">Actions arising</h1>
      <p className="govuk-body-l">What the board&apos;s resolutions asked to be done, by whom and by when, and what closed each one.</p>
      <form onSubmit={show} className="app-filter govuk-!-margin-bottom-6" key={search.toString()}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Select id="authority" label="Council" defaultValue={authority} options={(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))} />
          </div>
          <div className="govuk-grid-column-one-third">
            <Select id="status" label="Status" defaultValue={status ?? ''} options={[{ value: '', text: 'Any status' }, ...ACTION_STATUS_OPTIONS]} />
          </div>
        </div>
        <Checkboxes name="options" small className="govuk-!-margin-bottom-4" items={[{ id: 'overdue', name: 'overdue', value: 'true', text: 'Only late actions', defaultChecked: overdue }]} />
        <Button variant="secondary" className="govuk-!-margin-bottom-0">
          Show actions
        </Button>
      </form>
      {(authorities.isError || actions.isError) && <ProblemMessage error={authorities.error ?? actions.error} />}
      {actions.isPending && authority && <p className="govuk-body">Loading…</p>}
      {counts && (
        <p className="govuk-body" role="status">
          {counts.open} open, <strong>{counts.late} late</strong>, {counts.closed} closed.
          {(status || overdue) && ` ${actions.data?.items.length ?? 0} match.`}
        </p>
      )}
      {actions.data?.items.length === 0 && <p className="govuk-body">No actions to show.</p>}
      {actions.data && (
        <ul className="govuk-list">
          {trackerOrder(actions.data.items).map((action) => (
            <ActionEntry key={action.id} action={action} />
          ))}
        </ul>
      )}
    </>
  );
}
