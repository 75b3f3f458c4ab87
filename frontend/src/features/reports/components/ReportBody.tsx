import { Link } from 'react-router';
import { CitedAsks } from '@/components/CitedAsks';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import type { ReportBlock, ReportSection } from '../api/useReports';
import { periodLabel } from '@/lib/periods';

type TableBlock = ReportBlock & { kind: 'table' };

/** A table as printed: its caption, column headings, and a row header (th scope="row") where the rows have one. */
function ReportTable({ block, id }: { block: TableBlock; id: string }) {
  const columns = block.columns ?? [];
  const rows = block.rows ?? [];
  const headerColumn = rows.some((row) => row.header !== null);
  // With row headers, the first column is theirs; the cells fill the columns after it.
  const cellColumns = headerColumn ? columns.slice(1) : columns;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table
        caption={<span id={`${id}-caption`}>{block.caption}</span>}
        captionSize="s"
        head={columns.map((column, index) => ({ key: `${index}`, text: column.heading, numeric: column.numeric && !(headerColumn && index === 0) }))}
      >
        {rows.map((row, index) => (
          <TableRow key={index}>
            {headerColumn && (row.header !== null ? <RowHeader>{row.header}</RowHeader> : <TableCell />)}
            {row.cells.map((cell, cellIndex) => (
              <TableCell key={cellIndex} numeric={cellColumns[cellIndex]?.numeric}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </Table>
      {block.notes && <p className="govuk-body-s app-pre-line">{block.notes}</p>}
    </div>
  );
}

/** A figure the report cites, read live: its value as the reader may see it, or why it is withheld. */
function CitedFigure({ block }: { block: ReportBlock & { kind: 'figure' } }) {
  const cited = block.cited;
  const name = block.caption ?? cited?.indicatorName ?? block.indicator;
  return (
    <p className="govuk-body app-cited-figure">
      {name} ({periodLabel(block.period)}): <strong>{cited?.withheld ? 'withheld' : cited?.display}</strong>
      {cited?.withheld && cited.reason && <span className="app-reason govuk-body-s">{cited.reason}</span>}
      {cited?.link && (
        <span className="app-reason govuk-body-s">
          <Link className="govuk-link" to={cited.link}>
            More about {cited.indicatorName}
          </Link>
        </span>
      )}
    </p>
  );
}

function Block({ block, id }: { block: ReportBlock; id: string }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className="govuk-body app-pre-line">{block.text}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`govuk-list govuk-list--${block.ordered ? 'number' : 'bullet'}`}>
          {(block.items ?? []).map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return <ReportTable block={block as TableBlock} id={id} />;
    case 'figure':
      return <CitedFigure block={block as ReportBlock & { kind: 'figure' }} />;
    case 'you-said-we-did':
      return (
        <>
          {block.heading && <h3 className="govuk-heading-m">{block.heading}</h3>}
          <CitedAsks asks={block.asks ?? []} level={block.heading ? 4 : 3} />
        </>
      );
  }
}

/** The report's sections, in order, each heading numbered as printed. */
export function ReportBody({ sections }: { sections: ReportSection[] }) {
  return (
    <>
      {sections.map((section, index) => (
        <section key={index} aria-labelledby={`section-${index}`} className="app-report-section">
          <h2 className="govuk-heading-l" id={`section-${index}`}>
            {section.number && `${section.number}. `}
            {section.heading}
          </h2>
          {section.blocks.map((block, blockIndex) => (
            <Block key={blockIndex} block={block} id={`section-${index}-block-${blockIndex}`} />
          ))}
        </section>
      ))}
    </>
  );
}
