import { Link } from 'react-router';
import { SummaryList } from '@/components/govuk/SummaryList';
import { OverdueTag, StatusTag } from '@/components/StatusTag';
import { formatDate } from '@/lib/format';
import type { ActionItemDetail } from '../api/useActionItem';

type Item = ActionItemDetail['item'];
type ItemLink = NonNullable<Item['carriedFrom']>;

const linkRow = (key: string, to: ItemLink) => ({
  key,
  value: (
    <Link className="govuk-link" to={`/action-items/${to.id}`}>
      {to.year} item {to.letter}
    </Link>
  ),
});

/** What the board agreed: the item's heading and status, who does it by when, how, and how success is measured. */
export function ActionItemSummary({ item }: { item: Item }) {
  return (
    <>
      <span className="govuk-caption-l">
        {item.year} action plan, item {item.letter}: {item.priorityTitle}
      </span>
      <h1 className="govuk-heading-l">{item.what}</h1>
      <p className="govuk-body">
        <StatusTag status={item.status} /> {item.overdue && <OverdueTag />}
      </p>
      <SummaryList
        rows={[
          { key: 'Who will do it', value: item.owner ?? 'Not named' },
          { key: 'When', value: item.dueDate ? formatDate(item.dueDate) : 'No due date' },
          ...(item.carriedFrom ? [linkRow('Continues', item.carriedFrom)] : []),
          ...(item.carriedTo ? [linkRow('Carried forward to', item.carriedTo)] : []),
        ]}
      />
      <h2 className="govuk-heading-m">How we will do it</h2>
      {item.how.length === 0 ? (
        <p className="govuk-body">Not set out.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {item.how.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <h2 className="govuk-heading-m">Measures of success</h2>
      {item.measures.map((line, index) => (
        <p key={index} className="govuk-body">
          {line}
        </p>
      ))}
    </>
  );
}
