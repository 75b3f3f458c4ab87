import { createContext, useContext, type ReactNode } from 'react';

export type CaptionSize = 's' | 'm' | 'l';

/** A column's heading; numeric columns align right, so that digits line up. */
export type ColumnHeading = string | { key: string; text: ReactNode; numeric?: boolean };

/**
 * Whether the table stacks each row's cells on phones. Changing the CSS display of a table's rows and cells loses
 * their table semantics in some browsers, so a stacked table states their roles: screen readers keep rows and column
 * headings at any width. The table itself keeps its display, and its caption, which a stated role would not allow.
 */
const Stacked = createContext(false);
const role = (stacked: boolean, name: string) => (stacked ? name : undefined);

/**
 * A GOV.UK table: its caption names it for screen readers (visually hidden when the page's heading already says
 * what it is), and its column headings have scope="col". The rows are `TableRow`s. `stackOnPhones` shows each row
 * as a card on a narrow screen, each cell under its column's name (`TableCell`'s `label`), so nothing needs
 * scrolling sideways.
 */
export function Table({
  caption,
  captionSize = 'm',
  captionHidden = false,
  head,
  id,
  className,
  stackOnPhones = false,
  children,
}: {
  caption: ReactNode;
  captionSize?: CaptionSize;
  captionHidden?: boolean;
  head: ColumnHeading[];
  id?: string;
  className?: string;
  stackOnPhones?: boolean;
  children: ReactNode;
}) {
  const classes = ['govuk-table', stackOnPhones && 'app-table--stacked', className].filter(Boolean).join(' ');
  return (
    <Stacked.Provider value={stackOnPhones}>
      <table id={id} className={classes}>
        <caption className={`govuk-table__caption govuk-table__caption--${captionSize}${captionHidden ? ' govuk-visually-hidden' : ''}`}>{caption}</caption>
        <thead className="govuk-table__head" role={role(stackOnPhones, 'rowgroup')}>
          <tr className="govuk-table__row" role={role(stackOnPhones, 'row')}>
            {head.map((heading) => {
              const { key, text, numeric } = typeof heading === 'string' ? { key: heading, text: heading, numeric: false } : heading;
              return (
                <th key={key} scope="col" role={role(stackOnPhones, 'columnheader')} className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
                  {text}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="govuk-table__body" role={role(stackOnPhones, 'rowgroup')}>
          {children}
        </tbody>
      </table>
    </Stacked.Provider>
  );
}

export function TableRow({ children }: { children: ReactNode }) {
  return (
    <tr className="govuk-table__row" role={role(useContext(Stacked), 'row')}>
      {children}
    </tr>
  );
}

/** The cell that names its row, such as the indicator a row of figures is for. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="govuk-table__header" role={role(useContext(Stacked), 'rowheader')}>
      {children}
    </th>
  );
}

/**
 * A cell; in a table stacked on phones, `label` names its column above it there (hidden from screen readers, which
 * have the column heading).
 */
export function TableCell({ numeric, className, label, children }: { numeric?: boolean; className?: string; label?: string; children?: ReactNode }) {
  const stacked = useContext(Stacked);
  return (
    <td className={['govuk-table__cell', numeric && 'govuk-table__cell--numeric', className].filter(Boolean).join(' ')} role={role(stacked, 'cell')}>
      {stacked && label && (
        <span className="app-table__cell-label" aria-hidden="true">
          {label}
        </span>
      )}
      {children}
    </td>
  );
}
