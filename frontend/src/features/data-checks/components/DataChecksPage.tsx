import { Link, useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { DataCheckSummary } from '@/components/DataCheckSummary';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useDataChecks, type DataCheck } from '@/lib/api/dataChecks';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatWhen } from '@/lib/format';
import { ExplainForm } from './ExplainForm';
import { periodLabel } from '@/lib/periods';

/** Warnings grouped by indicator, in the order the service lists them. */
function byIndicator(checks: DataCheck[]) {
  const groups = new Map<string, DataCheck[]>();
  for (const check of checks) groups.set(check.indicator, [...(groups.get(check.indicator) ?? []), check]);
  return [...groups.entries()].map(([indicator, items]) => ({ indicator, name: items[0]?.indicatorName ?? indicator, items }));
}

/**
 * Every warning the authority's figures raise, worked out afresh from the figures, so a value just saved or
 * imported shows at once. Open ones first, by indicator, each with a form to explain it; then the explained ones.
 */
export function DataChecksPage() {
  usePageTitle('Data checks');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const checks = useDataChecks(authority, 'all');
  const permissions = usePermissions();
  const open = (checks.data ?? []).filter((check) => check.status === 'open');
  const explained = (checks.data ?? []).filter((check) => check.status === 'explained');

  return (
    <>
      <h1 className="govuk-heading-xl">Data checks</h1>
      <p className="govuk-body-l">
        Figures that break a data-quality rule: a percentage its own fraction does not give, parts that do not add up to their total, a figure reported
        twice with different numbers, or a change far outside the usual. A warning stays open until an officer explains it, and opens again if the figures
        change.
      </p>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {checks.isError && <ProblemMessage error={checks.error} />}
      {checks.isPending && authority && <p className="govuk-body">Loading…</p>}
      {checks.data && authority && (
        <>
          <h2 className="govuk-heading-l">Open warnings ({open.length})</h2>
          {open.length === 0 && <p className="govuk-body">No figure breaks a rule that has not been explained.</p>}
          {byIndicator(open).map((group) => (
            <section key={group.indicator} className="govuk-!-margin-bottom-8">
              <h3 className="govuk-heading-m">
                <Link className="govuk-link" to={`/indicators/${group.indicator}`}>
                  {group.name}
                </Link>
              </h3>
              {group.items.map((check) => (
                <div key={check.key} className="govuk-!-margin-bottom-6">
                  <DataCheckSummary check={check} />
                  {permissions.canWriteFor(authority) && <ExplainForm authority={authority} check={check} />}
                </div>
              ))}
            </section>
          ))}
          <h2 className="govuk-heading-l">Explained ({explained.length})</h2>
          {explained.length === 0 ? (
            <p className="govuk-body">No warning has been explained yet.</p>
          ) : (
            <Table caption="Explained warnings" captionSize="s" head={['Warning', 'Reason', 'Explained by']}>
              {explained.map((check) => (
                <TableRow key={check.key}>
                  <RowHeader>
                    {check.indicatorName}, {periodLabel(check.period)}: {check.sentence}
                  </RowHeader>
                  <TableCell>{check.explanation?.reason}</TableCell>
                  <TableCell>
                    {check.explanation?.explainedBy} {check.explanation && formatWhen(check.explanation.explainedAt)}
                  </TableCell>
                </TableRow>
              ))}
            </Table>
          )}
        </>
      )}
    </>
  );
}
