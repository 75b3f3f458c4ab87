import { Link } from 'react-router';
import { Details } from '@/components/govuk/Details';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { Tag } from '@/components/govuk/Tag';
import { DirectionOfTravel } from '@/components/DirectionOfTravel';
import { FootnoteList, FootnoteMark, hasFootnote, type Footnote } from '@/components/Footnotes';
import { RagTag } from '@/components/RagTag';
import { Sparkline } from '@/components/Sparkline';
import { formatReading, formatValue } from '@/lib/format';
import { periodLabel } from '@/lib/periods';
import type { ScorecardRow } from '../api/useScorecard';

const COMPARATOR_NAMES = { england: 'England', region: 'Region', 'statistical-neighbours': 'Neighbours' } as const;

type Comparator = ScorecardRow['comparators'][number];

/** An adoption agency is named ("Adoption@Heart (adoption agency)"); a kind this client does not know, by its area. */
function comparatorName(comparator: Comparator): string {
  if (comparator.kind === 'regional-adoption-agency') return `${comparator.areaName} (adoption agency)`;
  return (COMPARATOR_NAMES as Record<string, string | undefined>)[comparator.kind] ?? comparator.areaName;
}

function TargetCell({ row }: { row: ScorecardRow }) {
  if (!row.target) return <>No target</>;
  if (row.target.pending) {
    return (
      <>
        Pending
        <span className="govuk-body-s app-reason">{row.target.reason}</span>
      </>
    );
  }
  return <>{formatValue(row.unit, row.decimals, row.target.value!)}</>;
}

/**
 * One priority's rows, or the rows that need attention, under a heading (`title`, which names the table); `linked`
 * rows open the indicator page (signed-in readers only), and `priorityOf` names each row's priority where the table
 * mixes them. A figure with a note or a data-quality flag has a footnote mark, numbered from `firstNote` so that a
 * whole scorecard numbers its notes once; the footnotes follow the table. On a phone each row is a card, its value,
 * target and RAG side by side under its name.
 */
export function ScorecardTable({
  title,
  rows,
  area,
  period,
  linked = true,
  firstNote = 1,
  priorityOf,
}: {
  title: string;
  rows: ScorecardRow[];
  area: string;
  period: string;
  linked?: boolean;
  firstNote?: number;
  priorityOf?: (row: ScorecardRow) => string | undefined;
}) {
  const notes: Footnote[] = rows.filter(hasFootnote).map((row, index) => ({ n: firstNote + index, about: row.name, figure: row }));
  const mark = (row: ScorecardRow) => {
    const n = notes.find((note) => note.figure === row)?.n;
    return n === undefined ? null : <FootnoteMark prefix="scorecard" n={n} />;
  };
  return (
    <>
      <div className="app-table-scroll">
        <Table
          caption={<h3 className="govuk-heading-m govuk-!-margin-bottom-0">{title}</h3>}
          head={['Indicator', 'Value', 'Target', 'RAG', 'Direction of travel', 'Compared with', 'Trend']}
          stackOnPhones
        >
          {rows.map((row) => (
            <TableRow key={row.indicator}>
              <RowHeader>
                {linked ? (
                  <Link className="govuk-link" to={`/indicators/${row.indicator}?area=${area}&period=${period}`}>
                    {row.name}
                  </Link>
                ) : (
                  row.name
                )}
                <span className="govuk-body-s app-reason">
                  {row.plainName}
                  {row.period !== period && ` (${periodLabel(row.period)})`}
                </span>
                {priorityOf?.(row) && <span className="govuk-body-s app-reason">Priority: {priorityOf(row)}</span>}
              </RowHeader>
              <TableCell label="Value">
                {formatReading(row.unit, row.decimals, row.value, row.symbol)}
                {mark(row)}
                {row.status === 'provisional' && (
                  <>
                    {' '}
                    <Tag colour="grey">Provisional</Tag>
                  </>
                )}
              </TableCell>
              <TableCell label="Target">
                <TargetCell row={row} />
              </TableCell>
              <TableCell label="RAG">
                <RagTag rag={row.rag} />
                <Details summary={<>Why<span className="govuk-visually-hidden"> {row.name} is {row.rag === 'none' ? 'not rated' : row.rag}</span></>}>
                  {row.ragReason}
                </Details>
              </TableCell>
              <TableCell label="Direction of travel" className="app-table__cell--wide">
                <DirectionOfTravel direction={row.direction} reason={row.directionReason} />
              </TableCell>
              <TableCell label="Compared with" className="app-table__cell--wide">
                {row.comparators.length === 0 ? (
                  'No comparators'
                ) : (
                  <ul className="govuk-list govuk-body-s">
                    {row.comparators.map((c) => (
                      <li key={c.kind}>
                        {comparatorName(c)} {formatReading(row.unit, row.decimals, c.value, c.symbol)} ({periodLabel(c.period)})
                        {c.comparison !== 'none' && `: we are ${c.comparison}`}
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell label="Trend" className="app-table__cell--wide">
                <Sparkline points={row.history} label={`${row.name} over time`} unit={row.unit} decimals={row.decimals} />
              </TableCell>
            </TableRow>
          ))}
        </Table>
      </div>
      <FootnoteList prefix="scorecard" notes={notes} heading={`Notes on ${title}`} />
    </>
  );
}
