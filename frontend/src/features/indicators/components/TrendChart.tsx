import { useCallback } from 'react';
import { usePlot, type PlotLibrary } from '@/components/usePlot';
import { formatValue, type Unit } from '@/lib/format';
import { periodLabel } from '@/lib/periods';

/** Whose figures a line is: the authority's own, or one of its comparators (ComparatorReading's kinds). */
export type SeriesKind = 'authority' | 'england' | 'region' | 'statistical-neighbours' | 'regional-adoption-agency';

export interface Series {
  name: string;
  kind: SeriesKind;
  points: { period: string; value: number }[];
}

/**
 * How each line looks: a colour of the GOV.UK palette (each at least 3:1 against white), a marker shape and a line
 * pattern, so that no line is told apart by colour alone; the key under the chart names each with its marker.
 */
export const SERIES_LOOK: Record<SeriesKind, { colour: string; symbol: string; marker: string; shape: string; dash?: string }> = {
  authority: { colour: '#1d70b8', symbol: 'circle', marker: '●', shape: 'circles on a solid line' },
  england: { colour: '#0b0c0c', symbol: 'square', marker: '■', shape: 'squares on a dashed line', dash: '6,4' },
  region: { colour: '#00703c', symbol: 'triangle', marker: '▲', shape: 'triangles on a dotted line', dash: '2,3' },
  'statistical-neighbours': { colour: '#4c2c92', symbol: 'diamond', marker: '◆', shape: 'diamonds on a dash-dot line', dash: '10,4,2,4' },
  'regional-adoption-agency': { colour: '#912b88', symbol: 'star', marker: '★', shape: 'stars on a long-dashed line', dash: '12,6' },
};

/**
 * A tick's label on two lines when it is long ("at 31 March" over "2023"), split where the lines are most even, the
 * later space when two are as even.
 */
export function tickLines(label: string): string {
  if (label.length <= 9 || !label.includes(' ')) return label;
  const spaces = [...label.matchAll(/ /g)].map((match) => match.index);
  const split = spaces.reduce((best, at) => (Math.abs(label.length / 2 - at) <= Math.abs(label.length / 2 - best) ? at : best));
  return `${label.slice(0, split)}\n${label.slice(split + 1)}`;
}

/** Every `step`-th period, the latest always among them, so that no two labels of the axis overlap. */
export function spacedTicks(periods: string[], room: number, labelWidth: number): string[] {
  const fit = Math.max(1, Math.floor(room / labelWidth));
  const step = Math.ceil(periods.length / fit);
  return periods.filter((_, index) => (periods.length - 1 - index) % step === 0);
}

/**
 * The chart's text alternative: what it shows, each line from its first value to its latest, and the target. The
 * table beside the chart has every value.
 */
export function chartSummary(title: string, series: Series[], unit: Unit, decimals: number, target?: number): string {
  const format = (value: number) => formatValue(unit, decimals, value);
  const lines = series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const first = s.points[0]!;
      const last = s.points.at(-1)!;
      if (s.points.length === 1) return `${s.name}: ${format(last.value)} (${periodLabel(last.period)})`;
      return `${s.name}: from ${format(first.value)} (${periodLabel(first.period)}) to ${format(last.value)} (${periodLabel(last.period)})`;
    });
  const parts = [title, ...lines];
  if (target !== undefined) parts.push(`Target: ${format(target)}`);
  return `${parts.join('. ')}. The table below gives every value.`;
}

/**
 * The values' range with a little room either side, so that lines close together are drawn apart rather than
 * squeezed against a zero far below them; never below zero when no value is.
 */
export function valueRange(values: number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const room = (high - low) * 0.2 || Math.abs(high) * 0.1 || 1;
  return [low >= 0 ? Math.max(0, low - room) : low - room, high + room];
}

// Roughly how wide the service's font draws a character at 16px; enough to keep labels apart, not to typeset.
const CHARACTER_WIDTH = 9;

function drawTrend(plot: PlotLibrary, width: number, { periods, series, target, unit, decimals }: TrendChartProps) {
  const format = (value: number) => formatValue(unit, decimals, value);
  const labels = new Map(periods.map((period) => [period, tickLines(periodLabel(period))]));
  const widest = Math.max(...[...labels.values()].flatMap((label) => label.split('\n').map((line) => line.length)));
  const lines = Math.max(...[...labels.values()].map((label) => label.split('\n').length));
  const labelWidth = widest * CHARACTER_WIDTH + 16;
  // Room for half a label either side, so the first and last periods' labels are never cut off.
  const sideMargin = Math.ceil(labelWidth / 2);
  const points = series.flatMap((s) => s.points.map((point) => ({ ...point, series: s.name })));
  const values = points.map((point) => point.value).concat(target === undefined ? [] : [target]);
  const kinds = series.map((s) => SERIES_LOOK[s.kind]);
  return plot.plot({
    width,
    height: width < 500 ? 240 : 300,
    marginTop: 28,
    marginLeft: sideMargin,
    marginRight: sideMargin,
    marginBottom: 16 + lines * 20,
    x: { type: 'point', domain: periods, padding: 0.2 },
    y: { domain: valueRange(values), nice: true },
    color: { domain: series.map((s) => s.name), range: kinds.map((look) => look.colour) },
    symbol: { domain: series.map((s) => s.name), range: kinds.map((look) => look.symbol) },
    marks: [
      plot.gridY({ stroke: '#b1b4b6', strokeOpacity: 1, ticks: 4 }),
      // The value labels sit above their grid lines at the left edge, so the longest ("93.7 per 10,000") is never
      // cut off by a margin too narrow for it.
      plot.axisY({
        ticks: 4,
        anchor: 'left',
        label: null,
        tickSize: 0,
        tickPadding: 0,
        dx: -sideMargin,
        dy: -4,
        textAnchor: 'start',
        lineAnchor: 'bottom',
        tickFormat: format,
        fill: '#0b0c0c',
      }),
      plot.axisX({
        label: null,
        ticks: spacedTicks(periods, width - 2 * sideMargin, labelWidth),
        tickFormat: (period: string) => labels.get(period) ?? period,
        tickSize: 6,
        fill: '#0b0c0c',
      }),
      ...(target === undefined
        ? []
        : [
            plot.ruleY([target], { stroke: '#0b0c0c', strokeWidth: 2, strokeDasharray: '8,6' }),
            plot.text([target], {
              y: (value: number) => value,
              text: () => `Target ${format(target)}`,
              frameAnchor: 'right',
              textAnchor: 'end',
              dy: -10,
              fill: '#0b0c0c',
              fontWeight: 'bold',
              stroke: 'white',
              strokeWidth: 4,
            }),
          ]),
      ...series.map((s) =>
        plot.line(s.points, {
          x: 'period',
          y: 'value',
          stroke: SERIES_LOOK[s.kind].colour,
          strokeWidth: s.kind === 'authority' ? 3 : 2,
          strokeDasharray: SERIES_LOOK[s.kind].dash,
        }),
      ),
      plot.dot(points, { x: 'period', y: 'value', fill: 'series', symbol: 'series', stroke: 'white', strokeWidth: 1, r: 6 }),
    ],
  });
}

interface TrendChartProps {
  periods: string[];
  series: Series[];
  target?: number;
  unit: Unit;
  decimals: number;
  title: string;
}

/**
 * A line chart of the authority and its comparators over the periods, with the target as a labelled dashed line,
 * drawn by Observable Plot. It is a picture of the table beside it, which holds the same numbers for everyone who
 * cannot see the chart; for screen readers it is one image with a summary. The key names each line by its marker.
 */
export function TrendChart(props: TrendChartProps) {
  const { periods, series, target, unit, decimals, title } = props;
  const draw = useCallback(
    (plot: PlotLibrary, width: number) => drawTrend(plot, width, { periods, series, target, unit, decimals, title }),
    [periods, series, target, unit, decimals, title],
  );
  const { container } = usePlot<HTMLDivElement>(draw);
  const shown = series.filter((s) => s.points.length > 0);
  if (periods.length === 0 || shown.length === 0) return null;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <div role="img" aria-label={chartSummary(title, shown, unit, decimals, target)} className="app-chart" ref={container} />
      <figcaption>
        <ul className="govuk-list app-chart__key">
          {shown.map((s) => (
            <li key={s.name}>
              <span className="app-chart__marker" aria-hidden="true" style={{ color: SERIES_LOOK[s.kind].colour }}>
                {SERIES_LOOK[s.kind].marker}
              </span>
              {s.name}: {SERIES_LOOK[s.kind].shape}
            </li>
          ))}
          {target !== undefined && (
            <li>
              <span className="app-chart__marker" aria-hidden="true">
                - -
              </span>
              Target: the dashed black line, {formatValue(unit, decimals, target)}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
