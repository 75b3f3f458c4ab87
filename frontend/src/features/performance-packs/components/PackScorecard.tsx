import { Link } from 'react-router';
import { RagTag } from '@/components/RagTag';
import { DirectionOfTravel } from '@/components/DirectionOfTravel';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { WarningText } from '@/components/govuk/WarningText';
import type { PackContent, PackIndicator } from '../api/usePacks';
import type { ReactNode } from 'react';
import { periodLabel } from '@/lib/periods';
import { capitalised } from '@/lib/format';

const STATUS_WORDS: Record<string, string> = { final: '', provisional: ' (provisional)' };

/** A figure as the pack shows it, with its status when it is not final. */
const figure = (indicator: PackIndicator) => `${indicator.display}${indicator.status ? (STATUS_WORDS[indicator.status] ?? ` (${indicator.status})`) : ''}`;

/** One priority's indicators at a glance: the figure, target, RAG in words and colour, direction and comparators. */
function PriorityTable({ title, indicators }: { title: string; indicators: PackIndicator[] }) {
  return (
    <div className="app-table-scroll" role="region" aria-label={`${title}: the scorecard`} tabIndex={0}>
      <Table
        caption={`${title}: the scorecard`}
        captionSize="s"
        head={[
          'Indicator',
          'Period',
          { key: 'figure', text: 'Figure', numeric: true },
          { key: 'target', text: 'Target', numeric: true },
          'RAG',
          'Direction',
          { key: 'england', text: 'England', numeric: true },
          { key: 'region', text: 'Region', numeric: true },
          { key: 'neighbours', text: 'Statistical neighbours', numeric: true },
        ]}
      >
        {indicators.map((indicator) => (
          <TableRow key={indicator.code}>
            <RowHeader>
              <a className="govuk-link" href={`#indicator-${indicator.code}`}>
                {indicator.name}
              </a>
            </RowHeader>
            <TableCell>
              <span className="app-nowrap">{periodLabel(indicator.period)}</span>
            </TableCell>
            <TableCell numeric>{figure(indicator)}</TableCell>
            <TableCell numeric>{indicator.target ?? 'None'}</TableCell>
            <TableCell>
              <RagTag rag={indicator.rag} />
              {indicator.ragReason && <span className="govuk-body-s app-reason">{indicator.ragReason}</span>}
            </TableCell>
            <TableCell>
              <DirectionOfTravel direction={indicator.direction} reason="" />
            </TableCell>
            <TableCell numeric>{indicator.comparators.england ?? '–'}</TableCell>
            <TableCell numeric>{indicator.comparators.region ?? '–'}</TableCell>
            <TableCell numeric>{indicator.comparators.statisticalNeighbours ?? '–'}</TableCell>
          </TableRow>
        ))}
      </Table>
    </div>
  );
}

/** One indicator in full: what it measures, its trend as a table, its warnings, and the officer's commentary. */
function IndicatorDetail({ indicator, commentary }: { indicator: PackIndicator; commentary: ReactNode }) {
  return (
    <section className="app-pack-indicator" aria-labelledby={`indicator-${indicator.code}`}>
      <h3 className="govuk-heading-m" id={`indicator-${indicator.code}`} tabIndex={-1}>
        {indicator.name}
      </h3>
      {indicator.definition && <p className="govuk-body-s">{indicator.definition}</p>}
      <p className="govuk-body">
        {capitalised(periodLabel(indicator.period))}: <strong>{figure(indicator)}</strong>, target {indicator.target ?? 'none'}. <RagTag rag={indicator.rag} />
        {indicator.ragReason && <span className="govuk-body-s app-reason">{indicator.ragReason}</span>}
      </p>
      {indicator.trend.length > 0 && (
        <Table caption={`Trend: ${indicator.name}`} captionSize="s" head={indicator.trend.map((point) => ({ key: point.period, text: periodLabel(point.period), numeric: true }))}>
          <TableRow>
            {indicator.trend.map((point) => (
              <TableCell key={point.period} numeric>
                {point.display}
              </TableCell>
            ))}
          </TableRow>
        </Table>
      )}
      {indicator.dataWarnings.length > 0 && <WarningText>{indicator.dataWarnings.map((warning) => warning.message).join(' ')}</WarningText>}
      <p className="govuk-body-s">
        <Link className="govuk-link" to={`/indicators/${indicator.code}`}>
          The indicator&apos;s page<span className="govuk-visually-hidden">: {indicator.name}</span>
        </Link>
      </p>
      {commentary}
    </section>
  );
}

/** The scorecard by priority, as the pack holds it; `commentaryOf` gives each indicator's commentary (a form on a draft). */
export function PackScorecard({ content, commentaryOf }: { content: PackContent; commentaryOf: (indicator: PackIndicator) => ReactNode }) {
  return (
    <>
      {content.priorities.map((priority) => (
        <section key={priority.priority} aria-labelledby={`priority-${priority.priority}`}>
          <h2 className="govuk-heading-l" id={`priority-${priority.priority}`}>
            {priority.title}
          </h2>
          <PriorityTable title={priority.title} indicators={priority.indicators} />
          {priority.indicators.map((indicator) => (
            <IndicatorDetail key={indicator.code} indicator={indicator} commentary={commentaryOf(indicator)} />
          ))}
        </section>
      ))}
    </>
  );
}
