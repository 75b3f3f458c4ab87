import { useEffect, useRef, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonGroup } from '@/components/govuk/Button';
import { Checkboxes } from '@/components/govuk/Checkboxes';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { OverdueTag, STATUS_OPTIONS, StatusTag, statusText } from '@/components/StatusTag';
import { AsAt } from '@/components/AsAt';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatDate } from '@/lib/format';
import { financialYearHasEnded } from '@/lib/periods';
import { usePlanCsv } from '../api/usePlanCsv';
import { usePlanItems, usePlans, type ActionItem, type ActionPlan, type ItemFilter, type ItemStatus } from '../api/usePlans';
import { PlanTable } from './PlanTable';

/** Items grouped under their priority, in the plan's order (the pack starts with Leadership). */
function byPriority(items: ActionItem[]) {
  const groups: { title: string; priority: string; items: ActionItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.title === item.priorityTitle) last.items.push(item);
    else groups.push({ title: item.priorityTitle, priority: item.priority, items: [item] });
  }
  return groups;
}

function PlanSummary({ plan }: { plan: ActionPlan }) {
  const counts = plan.statusCounts.map((count) => `${count.count} ${statusText(count.status).toLowerCase()}`).join(', ');
  return (
    <p className="govuk-body">
      {plan.itemCount} {plan.itemCount === 1 ? 'item' : 'items'}
      {counts && `: ${counts}`}. {plan.overdueCount > 0 ? <strong>{plan.overdueCount} overdue.</strong> : 'None overdue.'}
    </p>
  );
}

export function ActionPlanPage() {
  usePageTitle('Action plan');
  const [search, setSearch] = useSearchParams();
  const authorities = useAuthorities();
  const permissions = usePermissions();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const plans = usePlans(authority);
  // The plan of the newest year that has ended, as the scorecard opens on: a plan for a coming year never takes over.
  const planId = Number(search.get('plan')) || (plans.data?.find((p) => financialYearHasEnded(p.startYear)) ?? plans.data?.at(-1))?.id;
  const filter: ItemFilter = {
    status: (search.get('status') || undefined) as ItemStatus | undefined,
    owner: search.get('owner') ?? undefined,
    overdue: search.get('overdue') === 'true',
  };
  const table = search.get('view') === 'table';
  const items = usePlanItems(planId, filter);
  const plan = items.data?.plan;
  const downloadCsv = usePlanCsv(planId ?? 0, plan ? `action-plan-${plan.authority}-${plan.year}` : 'action-plan');
  // Printing shows the board pack table first, then opens the browser's print dialogue once the table is on screen.
  const printWhenShown = useRef(false);
  const tableShown = table && items.data !== undefined;
  useEffect(() => {
    if (printWhenShown.current && tableShown) {
      printWhenShown.current = false;
      window.print();
    }
  }, [tableShown]);
  const print = () => {
    if (tableShown) {
      window.print();
      return;
    }
    printWhenShown.current = true;
    const next = new URLSearchParams(search);
    next.set('view', 'table');
    setSearch(next);
  };

  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['authority', 'plan', 'status', 'owner', 'overdue', 'view']) {
      const value = String(chosen.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    // A plan belongs to the authority it was listed for.
    if (next.get('authority') !== authority) next.delete('plan');
    setSearch(next);
  };
  const filtered = Boolean(filter.status || filter.owner || filter.overdue);

  return (
    <>
      <h1 className="govuk-heading-xl">Action plan</h1>
      {plan && <AsAt what={`${authorities.data?.find((a) => a.code === plan.authority)?.name ?? plan.authority}, action plan ${plan.year}`} />}
      <p className="govuk-body-l">What the board agreed to do each year to deliver the strategy, and how it is going.</p>
      {authorities.isError && <ProblemMessage error={authorities.error} />}
      {plans.isError && <ProblemMessage error={plans.error} />}
      <form onSubmit={show} className="app-filter govuk-!-margin-bottom-6" key={search.toString()}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Select id="authority" label="Authority" defaultValue={authority} options={(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select id="plan" label="Year" defaultValue={planId ? String(planId) : undefined} options={(plans.data ?? []).map((p) => ({ value: String(p.id), text: p.year }))} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select id="status" label="Status" defaultValue={filter.status ?? ''} options={[{ value: '', text: 'Any status' }, ...STATUS_OPTIONS]} />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <TextInput id="owner" label="Owner" hint="Any part of the name" defaultValue={filter.owner ?? ''} />
          </div>
        </div>
        <Checkboxes
          name="options"
          small
          className="govuk-!-margin-bottom-4"
          items={[
            { id: 'overdue', name: 'overdue', value: 'true', text: 'Only overdue items', defaultChecked: filter.overdue },
            { id: 'view', name: 'view', value: 'table', text: 'Show as the board pack table', defaultChecked: table },
          ]}
        />
        <Button variant="secondary" className="govuk-!-margin-bottom-0">
          Show items
        </Button>
      </form>
      {plans.data?.length === 0 && <p className="govuk-body">This authority has no action plan yet.</p>}
      {items.isError && <ProblemMessage error={items.error} />}
      {items.isPending && planId !== undefined && <p className="govuk-body">Loading the plan…</p>}
      {plan && items.data && (
        <>
          <h2 className="govuk-heading-l">{plan.title}</h2>
          <PlanSummary plan={plan} />
          <ButtonGroup>
            <Button type="button" variant="secondary" onClick={() => void downloadCsv()}>
              Download as CSV
            </Button>
            <Button type="button" variant="secondary" onClick={print}>
              Print the board pack table
            </Button>
            {permissions.canWriteFor(plan.authority) && (
              <Link className="govuk-link" to={`/action-plans/${plan.id}/carry-forward`}>
                Carry unfinished items into {plan.startYear + 1}-{String((plan.startYear + 2) % 100).padStart(2, '0')}
              </Link>
            )}
          </ButtonGroup>
          <p className="govuk-body" role="status">
            {filtered ? `${items.data.items.length} of ${plan.itemCount} items match.` : `Showing all ${plan.itemCount} items.`}
          </p>
          {table ? (
            <PlanTable items={items.data.items} />
          ) : (
            byPriority(items.data.items).map((group) => (
              <section key={`${group.priority}-${group.items[0]?.id}`} aria-labelledby={`priority-${group.items[0]?.id}`}>
                <h3 className="govuk-heading-m" id={`priority-${group.items[0]?.id}`}>
                  {group.title}
                </h3>
                <ul className="govuk-list app-item-list">
                  {group.items.map((item) => (
                    <li key={item.id} className="app-item-list__item">
                      <p className="govuk-body govuk-!-margin-bottom-1">
                        <Link className="govuk-link govuk-!-font-weight-bold" to={`/action-items/${item.id}`}>
                          {item.letter}. {item.what}
                        </Link>
                      </p>
                      <p className="govuk-body-s govuk-!-margin-bottom-1">
                        <StatusTag status={item.status} /> {item.overdue && <OverdueTag />}
                      </p>
                      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0">
                        {item.owner ?? 'No owner named'}
                        {item.dueDate ? `, due ${formatDate(item.dueDate)}` : ', no due date'}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}
