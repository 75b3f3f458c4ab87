import { Link } from 'react-router';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { SkipTable } from '@/components/SkipTable';
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
    <SkipTable id="plan-table">
    <div className="app-table-scroll" role="region" aria-label="Action plan table" tabIndex={0}>
      <Table
        className="app-plan-table"
        caption="Action plan items"
        captionHidden
        head={['Our priorities', 'What will we do', 'How will we do it', 'Measures of Success (performance indicators)', 'Who will do it / when', 'Progress Update']}
      >
        {items.map((item, index) => (
          <TableRow key={item.id}>
            <RowHeader>
              {index === 0 || items[index - 1]?.priority !== item.priority ? item.priorityTitle : ''}
            </RowHeader>
            <TableCell>
              <Link className="govuk-link" to={`/action-items/${item.id}`}>
                {item.letter}. {item.what}
              </Link>
            </TableCell>
            <TableCell>
              <Lines lines={item.how} />
            </TableCell>
            <TableCell>
              <Lines lines={item.measures} />
            </TableCell>
            <TableCell>
              <Lines lines={[item.owner, item.dueDate && formatDate(item.dueDate)].filter((line): line is string => Boolean(line))} />
            </TableCell>
            <TableCell>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <StatusTag status={item.status} /> {item.overdue && <OverdueTag />}
              </p>
              {item.latestUpdate && (
                <>
                  <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">{formatDate(item.latestUpdate.date)}</p>
                  <Lines lines={item.latestUpdate.text.split('\n')} />
                </>
              )}
            </TableCell>
          </TableRow>
        ))}
      </Table>
    </div>
    </SkipTable>
  );
}
