import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RowHeader, Table, TableCell, TableRow } from './Table';

function Figures({ captionHidden }: { captionHidden?: boolean }) {
  return (
    <Table caption="Values by year" captionSize="s" captionHidden={captionHidden} head={['Period', { key: 'E08000030', text: 'Walsall', numeric: true }]}>
      <TableRow>
        <RowHeader>2022-23</RowHeader>
        <TableCell numeric>54%</TableCell>
      </TableRow>
      <TableRow>
        <RowHeader>2023-24</RowHeader>
        <TableCell className="app-pre-line">–</TableCell>
      </TableRow>
    </Table>
  );
}

describe('Table', () => {
  it('is named by its caption, with column headers of scope col and row headers of scope row', () => {
    render(<Figures />);
    const table = screen.getByRole('table', { name: 'Values by year' });
    expect(table).toHaveClass('govuk-table');
    expect(table.querySelector('caption')).toHaveAttribute('class', 'govuk-table__caption govuk-table__caption--s');
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((th) => th.textContent)).toEqual(['Period', 'Walsall']);
    expect(columns.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(within(table).getByRole('rowheader', { name: '2022-23' })).toHaveAttribute('scope', 'row');
    expect(within(table).getByRole('row', { name: '2022-23 54%' })).toHaveClass('govuk-table__row');
  });

  it('aligns numeric columns to the right, heading and cells alike', () => {
    render(<Figures />);
    expect(screen.getByRole('columnheader', { name: 'Walsall' })).toHaveAttribute('class', 'govuk-table__header govuk-table__header--numeric');
    expect(screen.getByRole('cell', { name: '54%' })).toHaveAttribute('class', 'govuk-table__cell govuk-table__cell--numeric');
    expect(screen.getByRole('cell', { name: '–' })).toHaveAttribute('class', 'govuk-table__cell app-pre-line');
  });

  it('can hide its caption from sight while keeping it as the table’s name', () => {
    render(<Figures captionHidden />);
    expect(screen.getByRole('table', { name: 'Values by year' }).querySelector('caption')).toHaveClass('govuk-visually-hidden');
  });

  it('stacked on phones, states its roles, so a screen reader keeps rows and headings whatever the CSS, and labels each cell for sight alone', () => {
    render(
      <Table caption="Scorecard" head={['Indicator', 'Value']} stackOnPhones>
        <TableRow>
          <RowHeader>Annual dental checks</RowHeader>
          <TableCell label="Value">88%</TableCell>
        </TableRow>
      </Table>,
    );
    const table = screen.getByRole('table', { name: 'Scorecard' });
    expect(table).toHaveClass('govuk-table app-table--stacked');
    expect(within(table).getAllByRole('rowgroup').map((group) => group.getAttribute('role'))).toEqual(['rowgroup', 'rowgroup']);
    expect(within(table).getAllByRole('row').map((row) => row.getAttribute('role'))).toEqual(['row', 'row']);
    expect(screen.getByRole('columnheader', { name: 'Value' })).toHaveAttribute('role', 'columnheader');
    expect(screen.getByRole('rowheader', { name: 'Annual dental checks' })).toHaveAttribute('role', 'rowheader');
    const cell = screen.getByRole('cell', { name: '88%' });
    expect(cell).toHaveAttribute('role', 'cell');
    expect(within(cell).getByText('Value')).toHaveAttribute('aria-hidden', 'true');
  });

  it('leaves a table that does not stack with its native roles and no cell labels', () => {
    render(<Figures />);
    expect(screen.getAllByRole('row')[0]).not.toHaveAttribute('role');
    expect(document.querySelector('.app-table__cell-label')).toBeNull();
  });
});
