import { Form, Link, useSearchParams } from 'react-router';
import { Button } from '@/components/govuk/Button';
import { Select } from '@/components/govuk/Select';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { ProblemMessage } from '@/components/ProblemMessage';
import { SkipTable } from '@/components/SkipTable';
import { usePageTitle } from '@/components/usePageTitle';
import type { components } from '@/lib/api/schema';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatWhen } from '@/lib/format';
import { useAuditEntries } from '../api/useAuditEntries';

type AuditEntry = components['schemas']['AuditEntry'];

/** The kinds of record the audit log names, in words; the filter offers the ones people ask about most. */
const RECORD_KINDS: Record<string, string> = {
  'indicator-value': 'Value',
  target: 'Target',
  'action-plan': 'Action plan',
  'action-item': 'Action item',
  'item-question': 'Question on an action item',
  indicator: 'Indicator',
  report: 'Report',
  meeting: 'Meeting',
  'agenda-item': 'Agenda item',
  'you-said': '“You said, we did” ask',
  'action-arising': 'Action arising',
  minute: 'Minute',
  resolution: 'Resolution',
  'work-programme-item': 'Work programme item',
  'performance-pack': 'Performance pack',
  board: 'Board',
  'partner-client': 'Partner system',
  person: 'Officer or board member account',
};

const ACTIONS: Record<AuditEntry['action'], string> = { create: 'Added', update: 'Changed', delete: 'Removed' };

const kindOf = (type: string) => RECORD_KINDS[type] ?? type.charAt(0).toUpperCase() + type.slice(1).replace(/-/g, ' ');

/** Where the record's own page is, so that a line of the log leads to the record and its history. */
export function recordLink(entry: Pick<AuditEntry, 'entityType' | 'entityId'>): string | undefined {
  const [indicator, area, period] = entry.entityId.split('/');
  if ((entry.entityType === 'indicator-value' || entry.entityType === 'target') && indicator && area && period) {
    return `/indicators/${indicator}?area=${area}&period=${period}`;
  }
  if (entry.entityType === 'action-item') return `/action-items/${entry.entityId}`;
  if (entry.entityType === 'meeting') return `/meetings/${entry.entityId}`;
  if (entry.entityType === 'report') return `/reports/${entry.entityId}`;
  if (entry.entityType === 'indicator') return `/indicators/${entry.entityId}`;
  if (entry.entityType === 'action-arising') return `/actions-arising/${entry.entityId}`;
  if (entry.entityType === 'performance-pack') return `/performance-packs/${entry.entityId}`;
  return undefined;
}

/** The audit history for administrators: every change, newest first, each leading to its record. */
export function AuditPage() {
  usePageTitle('Audit history');
  const permissions = usePermissions();
  const [search] = useSearchParams();
  const kind = search.get('kind') || undefined;
  const entries = useAuditEntries(kind, permissions.isAdmin);

  return (
    <>
      <h1 className="govuk-heading-xl">Audit history</h1>
      {!permissions.isAdmin ? (
        <p className="govuk-inset-text">
          Only administrators can see the audit history. The history of a value, a target or an action item is on its own page, for the
          council&apos;s officers and board members.
        </p>
      ) : (
        <>
          <p className="govuk-body">Every change anybody made in Promise, newest first: the latest 200. Open a record to see its changes field by field.</p>
          <Form method="get" action="/audit" role="search" aria-label="Audit history" className="app-filters">
            <Select
              id="kind"
              label="Kind of record"
              defaultValue={kind ?? ''}
              options={[{ value: '', text: 'Every kind' }, ...Object.entries(RECORD_KINDS).map(([value, text]) => ({ value, text }))]}
            />
            <Button variant="secondary">Show</Button>
          </Form>
          {entries.isError && <ProblemMessage error={entries.error} />}
          {!entries.data && !entries.isError && <p className="govuk-body">Loading…</p>}
          {entries.data?.items.length === 0 && <p className="govuk-body">No changes have been recorded{kind ? ` to a ${kindOf(kind).toLowerCase()}` : ''}.</p>}
          {entries.data && entries.data.items.length > 0 && (
            <SkipTable id="audit-table">
              <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Audit history, scrolls sideways">
                <Table caption="Changes, newest first" captionSize="m" captionHidden head={['Record', 'Change', 'By', 'When']}>
                  {entries.data.items.map((entry) => {
                    const link = recordLink(entry);
                    const name = `${kindOf(entry.entityType)} ${entry.entityId}`;
                    return (
                      <TableRow key={entry.id}>
                        <RowHeader>{link ? <Link className="govuk-link" to={link}>{name}</Link> : name}</RowHeader>
                        <TableCell>{ACTIONS[entry.action]}</TableCell>
                        <TableCell>{entry.actorName}</TableCell>
                        <TableCell>{formatWhen(entry.at).replace(/^at /, '')}</TableCell>
                      </TableRow>
                    );
                  })}
                </Table>
              </div>
            </SkipTable>
          )}
        </>
      )}
    </>
  );
}
