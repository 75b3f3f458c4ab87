import { Link, useParams } from 'react-router';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Table, TableCell, TableRow } from '@/components/govuk/Table';
import { CannotUseForm, useMayNotWrite } from '@/components/CannotUseForm';
import { ProblemMessage } from '@/components/ProblemMessage';
import { StatusTag } from '@/components/StatusTag';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useCarryForward, useCarryForwardPreview } from '../api/useCarryForward';

export function CarryForwardPage() {
  const planId = Number(useParams().id);
  const preview = useCarryForwardPreview(planId);
  const carry = useCarryForward(planId);
  usePageTitle('Carry items forward');
  const { summary } = fieldErrors(carry.error);
  const mayNotWrite = useMayNotWrite(undefined);

  if (mayNotWrite) {
    return (
      <CannotUseForm
        title="Carry items forward"
        reason="Only the council’s officers and administrators carry unfinished items into the next year’s plan. You can read each item, and ask about it, in the plan."
        backTo={`/action-plans?plan=${planId}`}
        backText="Back to the plan"
      />
    );
  }
  if (preview.isError) return <ProblemMessage error={preview.error} />;
  if (!preview.data) return <p className="govuk-body">Loading…</p>;
  const { fromYear, toYear, createsPlan, items } = preview.data;
  const done = carry.data;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary items={summary} />}
        {done && (
          <SuccessBanner title={`${done.carried.length} ${done.carried.length === 1 ? 'item' : 'items'} carried into the ${done.toYear} plan`}>
            <p className="govuk-body">
              <Link className="govuk-notification-banner__link" to={`/action-plans?plan=${done.toPlanId}`}>
                Open the {done.toYear} plan
              </Link>
            </p>
          </SuccessBanner>
        )}
        <Link className="govuk-back-link" to={`/action-plans?plan=${planId}`}>
          Back to the {fromYear} plan
        </Link>
        <h1 className="govuk-heading-l">Carry unfinished items from {fromYear} into {toYear}</h1>
        {items.length === 0 ? (
          <p className="govuk-body">Every item of the {fromYear} plan is complete or carried forward already: there is nothing to carry.</p>
        ) : (
          <>
            <p className="govuk-body">
              These {items.length} items are not complete. Each will be copied into the {toYear} plan, due a year later, and linked back to
              this year&apos;s item, whose history stays as it is. This year&apos;s items will be marked carried forward.
            </p>
            {createsPlan && <p className="govuk-inset-text">There is no {toYear} plan yet: it will be started.</p>}
            <Table caption="What will move" head={[`${fromYear} item`, 'Status now', `Becomes ${toYear} item`]}>
              {items.map((move) => (
                <TableRow key={move.fromItemId}>
                  <TableCell>
                    {move.fromLetter}. {move.what}
                  </TableCell>
                  <TableCell>
                    <StatusTag status={move.status} />
                  </TableCell>
                  <TableCell>{move.toLetter}</TableCell>
                </TableRow>
              ))}
            </Table>
            <Button type="button" disabled={carry.isPending} onClick={() => carry.mutate()}>
              Carry {items.length} {items.length === 1 ? 'item' : 'items'} forward
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
