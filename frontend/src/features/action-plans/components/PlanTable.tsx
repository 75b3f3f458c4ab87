import { Link } from 'react-router';
import { OverdueTag, StatusTag } from '@/components/StatusTag';
import { formatDate } from '@/lib/format';
import type { ActionItem } from '../api/usePlans';

const Lines = ({ lines }: { lines: string[] }) => (
  <>
    {lines.map((line, index) => (
      <p key={index} className="govuk-body-s govuk-!-margin-bottom-1">
        {line}
      </p>
    ))}
  </>
);

/** The plan in the board pack's columns; wide, so it scrolls sideways in its own focusable region. */
export function PlanTable({ items }: { items: ActionItem[] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label="Action plan table" tabIndex={0}>
      <table className="govuk-table app-plan-table">
        <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Action plan items</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Our priorities</th>
            <th scope="col" className="govuk-table__header">What will we do</th>
            <th scope="col" className="govuk-table__header">How will we do it</th>
            <th scope="col" className="govuk-table__header">Measures of Success (performance indicators)</th>
            <th scope="col" className="govuk-table__header">Who will do it / when</th>
            <th scope="col" className="govuk-table__header">Progress Update</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {items.map((item, index) => (
            <tr key={item.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {index === 0 || items[index - 1]?.priority !== item.priority ? item.priorityTitle : ''}
              </th>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/action-items/${item.id}`}>
                  {item.letter}. {item.what}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <Lines lines={item.how} />
              </td>
              <td className="govuk-table__cell">
                <Lines lines={item.measures} />
              </td>
              <td className="govuk-table__cell">
                <Lines lines={[item.owner, item.dueDate && formatDate(item.dueDate)].filter((line): line is string => Boolean(line))} />
              </td>
              <td className="govuk-table__cell">
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  <StatusTag status={item.status} /> {item.overdue && <OverdueTag />}
                </p>
                {item.latestUpdate && (
                  <>
                    <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{formatDate(item.latestUpdate.date)}</p>
                    <Lines lines={item.latestUpdate.text.split('\n')} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
