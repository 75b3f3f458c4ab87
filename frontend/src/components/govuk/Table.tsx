import type { ReactNode } from 'react';

export type CaptionSize = 's' | 'm' | 'l';

/** A column's heading; numeric columns align right, so that digits line up. */
export type ColumnHeading = string | { key: string; text: ReactNode; numeric?: boolean };

/**
 * A GOV.UK table: its caption names it for screen readers (visually hidden when the page's heading already says
 * what it is), and its column headings have scope="col". The rows are `TableRow`s.
 */
export function Table({
  caption,
  captionSize = 'm',
  captionHidden = false,
  head,
  id,
  className,
  children,
}: {
  caption: ReactNode;
  captionSize?: CaptionSize;
  captionHidden?: boolean;
  head: ColumnHeading[];
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <table id={id} className={`govuk-table${className ? ` ${className}` : ''}`}>
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}${captionHidden ? ' govuk-visually-hidden' : ''}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((heading) => {
            const { key, text, numeric } = typeof heading === 'string' ? { key: heading, text: heading, numeric: false } : heading;
            return (
              <th key={key} scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
                {text}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

export function TableRow({ children }: { children: ReactNode }) {
  return <tr className="govuk-table__row">{children}</tr>;
}

/** The cell that names its row, such as the indicator a row of figures is for. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="govuk-table__header">
      {children}
    </th>
  );
}

export function TableCell({ numeric, className, children }: { numeric?: boolean; className?: string; children?: ReactNode }) {
  return <td className={['govuk-table__cell', numeric && 'govuk-table__cell--numeric', className].filter(Boolean).join(' ')}>{children}</td>;
}
