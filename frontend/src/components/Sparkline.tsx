import { useCallback } from 'react';
import { formatValue, type Unit } from '@/lib/format';
import { periodLabel } from '@/lib/periods';
import { usePlot, type PlotLibrary } from './usePlot';

type Point = { period: string; value: number };

const valuesOf = (points: { period: string; value?: number | null }[]) => points.filter((p): p is Point => typeof p.value === 'number');

const WIDTH = 96;
const HEIGHT = 28;

/**
 * A small line of earlier values, drawn by Observable Plot. It only decorates: the values are spelt out for
 * screen readers here and shown in full on the indicator's page.
 */
export function Sparkline({ points, label, unit, decimals }: { points: { period: string; value?: number | null }[]; label: string; unit: Unit; decimals: number }) {
  const numbers = valuesOf(points);
  // The points come from the query's cache, the same array from one render to the next, so the line is drawn once.
  const draw = useCallback(
    (plot: PlotLibrary) => {
      const drawn = valuesOf(points);
      return plot.plot({
        width: WIDTH,
        height: HEIGHT,
        margin: 4,
        axis: null,
        x: { type: 'point' },
        marks: [
          plot.lineY(drawn, { x: 'period', y: 'value', stroke: 'currentColor', strokeWidth: 2 }),
          plot.dot(drawn.slice(-1), { x: 'period', y: 'value', fill: 'currentColor', r: 3 }),
        ],
      });
    },
    [points],
  );
  const { container } = usePlot<HTMLSpanElement>(draw, WIDTH);
  if (numbers.length < 2) return <span className="govuk-body-s">{numbers.length === 1 ? 'One value' : 'No trend yet'}</span>;
  return (
    <>
      <span className="app-chart app-sparkline" ref={container} />
      <span className="govuk-visually-hidden">
        {label}: {numbers.map((p) => `${periodLabel(p.period)} ${formatValue(unit, decimals, p.value)}`).join(', ')}
      </span>
    </>
  );
}
