import { StatusTag } from '@/components/StatusTag';
import { formatDate } from '@/lib/format';
import type { ActionItemDetail } from '../api/useActionItem';

type Update = ActionItemDetail['updates'][number];

function History({ entries }: { entries: { key: string; label?: string; update: Update }[] }) {
  return (
    <ol className="govuk-list app-history" reversed>
      {[...entries].reverse().map(({ key, label, update }) => (
        <li key={key} className="app-history__entry">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
            {formatDate(update.date)} <StatusTag status={update.status} />
          </h4>
          <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-1">
            {update.author}
            {label && `, on ${label}`}
          </p>
          <p className="govuk-body app-pre-line">{update.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** The item's progress updates, newest first, then those of the items it continues from earlier years. */
export function ProgressHistory({ updates, earlierUpdates }: Pick<ActionItemDetail, 'updates' | 'earlierUpdates'>) {
  return (
    <>
      <h2 className="govuk-heading-m">Progress</h2>
      {updates.length === 0 && <p className="govuk-body">No progress update yet.</p>}
      <History entries={updates.map((update) => ({ key: `u${update.id}`, update }))} />
      {earlierUpdates.length > 0 && (
        <>
          <h3 className="govuk-heading-s">From earlier years</h3>
          <History entries={earlierUpdates.map((earlier) => ({ key: `e${earlier.update.id}`, label: `${earlier.item.year} item ${earlier.item.letter}`, update: earlier.update }))} />
        </>
      )}
    </>
  );
}
