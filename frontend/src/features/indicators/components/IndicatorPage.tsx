import { Link, useParams, useSearchParams } from 'react-router';
import { ButtonGroup, ButtonLink } from '@/components/govuk/Button';
import { SummaryList } from '@/components/govuk/SummaryList';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { ConsideredAt } from '@/components/ConsideredAt';
import { DirectionOfTravel } from '@/components/DirectionOfTravel';
import { FootnoteBody, hasFootnote } from '@/components/Footnotes';
import { ProblemMessage } from '@/components/ProblemMessage';
import { RagTag } from '@/components/RagTag';
import { usePageTitle } from '@/components/usePageTitle';
import { usePermissions } from '@/lib/auth/usePermissions';
import { capitalised, formatReading, formatValue } from '@/lib/format';
import { duringPeriod, periodLabel } from '@/lib/periods';
import { useIndicator } from '../api/useIndicator';
import { useIndicatorValues } from '../api/useIndicatorValues';
import { useStanding } from '../api/useStanding';
import { FigureHistory } from './FigureHistory';
import { IndicatorDataChecks } from './IndicatorDataChecks';
import { TrendChart, type Series, type SeriesKind } from './TrendChart';

const POLARITY = { higher_is_better: 'Higher is better', lower_is_better: 'Lower is better', contextual: 'Neither: it gives context' };
const UNIT = { percent: 'Percentage', count: 'Count', days: 'Days', rate_per_10k: 'Rate per 10,000 children', score: 'Score' };


export function IndicatorPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const area = search.get('area') ?? undefined;
  const period = search.get('period') ?? undefined;
  const indicator = useIndicator(code);
  const values = useIndicatorValues(code);
  const standing = useStanding(code, indicator.data?.priority, area, period);
  const permissions = usePermissions();
  usePageTitle(indicator.data?.name ?? 'Indicator');

  if (indicator.isError) return <ProblemMessage error={indicator.error} />;
  if (!indicator.data) return <p className="govuk-body">Loading…</p>;
  const ind = indicator.data;

  const row = standing.data?.row;
  const localName = standing.data?.areaName ?? 'This authority';
  const comparatorAreas = row?.comparators ?? [];
  const columns = [{ code: area, name: localName, kind: 'authority' as SeriesKind }]
    .concat(comparatorAreas.map((c) => ({ code: c.area, name: c.areaName, kind: c.kind })))
    .filter((c): c is { code: string; name: string; kind: SeriesKind } => Boolean(c.code));
  const items = values.data ?? [];
  const periods = [...new Set(items.filter((v) => columns.some((c) => c.code === v.area)).map((v) => v.period))].sort();
  const cell = (areaCode: string, p: string) => items.find((v) => v.area === areaCode && v.period === p);
  const series: Series[] = columns.map((c) => ({
    name: c.name,
    kind: c.kind,
    points: periods.flatMap((p) => {
      const v = cell(c.code, p);
      return typeof v?.value === 'number' ? [{ period: p, value: v.value }] : [];
    }),
  }));
  const target = row?.target && !row.target.pending ? (row.target.value ?? undefined) : undefined;

  return (
    <>
      <span className="govuk-caption-l">Indicator</span>
      <h1 className="govuk-heading-xl">{ind.name}</h1>
      <p className="govuk-body-l">{ind.plainName}</p>
      {ind.explanation && (
        <>
          <h2 className="govuk-heading-m">What it means</h2>
          <p className="govuk-body">{ind.explanation}</p>
        </>
      )}

      {area && period && row && (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">{capitalised(duringPeriod(row.period))}</h2>
          <p className="govuk-body">
            {formatReading(ind.unit, ind.decimals, row.value, row.symbol)} <RagTag rag={row.rag} />
          </p>
          <p className="govuk-body">{row.ragReason}</p>
          <DirectionOfTravel direction={row.direction} reason={row.directionReason} />
        </div>
      )}

      <IndicatorDataChecks code={ind.code} area={area} />

      {area && period && permissions.canWriteFor(area) && (
        <ButtonGroup>
          <ButtonLink to={`/indicators/${ind.code}/value?area=${area}&period=${row?.period ?? period}`}>Enter a value</ButtonLink>
          <ButtonLink variant="secondary" to={`/indicators/${ind.code}/target?area=${area}&period=${row?.period ?? period}`}>
            Set a target
          </ButtonLink>
        </ButtonGroup>
      )}

      {area && period && permissions.insiderOf(area) && <FigureHistory code={ind.code} area={area} period={row?.period ?? period} />}

      <h2 className="govuk-heading-l">Trend</h2>
      {values.isError && <ProblemMessage error={values.error} />}
      {periods.length === 0 ? (
        <p className="govuk-body">There are no values to show yet.</p>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-full">
            <TrendChart
              title={`${ind.name}: values by period`}
              periods={periods}
              series={series}
              target={target}
              unit={ind.unit}
              decimals={ind.decimals}
            />
            <div className="app-table-scroll" role="region" aria-label="Values in the chart" tabIndex={0}>
              <Table caption="The values in the chart" captionSize="s" head={['Period', ...columns.map((c) => ({ key: c.code, text: c.name, numeric: true }))]}>
                {periods.map((p) => (
                  <TableRow key={p}>
                    <RowHeader>{periodLabel(p)}</RowHeader>
                    {columns.map((c) => {
                      const v = cell(c.code, p);
                      return (
                        <TableCell key={c.code} numeric>
                          {v ? formatReading(ind.unit, ind.decimals, v.value, v.symbol) : '–'}
                          {v?.status === 'provisional' && ' (provisional)'}
                          {v && hasFootnote(v) && (
                            <span className="govuk-body-s app-reason">
                              <FootnoteBody figure={v} />
                            </span>
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </Table>
            </div>
            {target !== undefined && (
              <p className="govuk-body">
                Target {row && duringPeriod(row.period, 'for')}: {formatValue(ind.unit, ind.decimals, target)}
                {row?.target?.basis && ` (${row.target.basis})`}
              </p>
            )}
          </div>
        </div>
      )}

      <ConsideredAt filter={{ indicator: ind.code }} what="this indicator" />

      <h2 className="govuk-heading-l">Definition</h2>
      <SummaryList
        rows={[
          { key: 'What it measures', value: ind.definition },
          { key: 'Unit', value: UNIT[ind.unit] },
          { key: 'Which way is better', value: POLARITY[ind.polarity] },
          { key: 'Reported by', value: ind.periodKind.replace(/-/g, ' ') },
          { key: 'Source', value: ind.source },
          { key: 'Code', value: ind.code },
          ...(ind.numeratorLabel ? [{ key: 'Numerator', value: ind.numeratorLabel }] : []),
          ...(ind.denominatorLabel ? [{ key: 'Denominator', value: ind.denominatorLabel }] : []),
        ]}
      />
      {area && period && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/scorecard?area=${area}&period=${period}`}>
            Back to the scorecard
          </Link>
        </p>
      )}
    </>
  );
}
