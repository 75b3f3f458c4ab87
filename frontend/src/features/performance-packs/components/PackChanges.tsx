import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { ProblemMessage } from '@/components/ProblemMessage';
import { formatWhen } from '@/lib/format';
import { usePackChanges, type PackChange } from '../api/usePacks';
import { periodLabel } from '@/lib/periods';

const KINDS: Record<PackChange['kind'], string> = {
  'figure-revised': 'Figure revised',
  'new-figure': 'New figure',
  'target-changed': 'Target changed',
  'rag-changed': 'RAG changed',
  'definition-changed': 'Definition changed',
  'figure-withheld': 'Figure now withheld',
};

/** The frozen pack beside today's figures: each difference, what it was and is, in words. */
export function PackChanges({ packId }: { packId: number }) {
  const changes = usePackChanges(packId, true);
  return (
    <section aria-labelledby="changes">
      <h2 className="govuk-heading-l" id="changes" tabIndex={-1}>
        What has changed since
      </h2>
      {changes.isError && <ProblemMessage error={changes.error} />}
      {changes.isPending && <p className="govuk-body">Loading…</p>}
      {changes.data && changes.data.changes.length === 0 && (
        <p className="govuk-body">Nothing has changed since the pack was frozen: today&apos;s figures are the ones the board saw.</p>
      )}
      {changes.data && changes.data.changes.length > 0 && (
        <div className="app-table-scroll" role="region" aria-labelledby="changes-caption" tabIndex={0}>
          <Table
            caption={<span id="changes-caption">Changes to the figures between the pack as frozen and {formatWhen(changes.data.comparedAt)}</span>}
            captionSize="s"
            head={['What changed', 'Indicator', 'Period', 'Before', 'After', 'In words']}
          >
            {changes.data.changes.map((change, index) => (
              <TableRow key={index}>
                <RowHeader>{KINDS[change.kind]}</RowHeader>
                <TableCell>{change.name}</TableCell>
                <TableCell>
                  <span className="app-nowrap">{change.period ? periodLabel(change.period) : ''}</span>
                </TableCell>
                <TableCell>{change.before ?? 'None'}</TableCell>
                <TableCell>{change.after ?? 'None'}</TableCell>
                <TableCell>{change.words}</TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}
