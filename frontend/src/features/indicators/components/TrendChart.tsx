import { formatValue, type Unit } from '@/lib/format';

export interface Series {
  name: string;
  points: { period: string; value: number }[];
  dash?: string;
}

/**
 * A line chart of the authority and its comparators over the periods, with the target as a dashed line. It is a
 * picture of the table beside it, which holds the same numbers for everyone who cannot see the chart.
 */
export function TrendChart({ periods, series, target, unit, decimals, title }: {
  periods: string[];
  series: Series[];
  target?: number;
  unit: Unit;
  decimals: number;
  title: string;
}) {
  const width = 640;
  const height = 260;
  const left = 70;
  const right = 20;
  const top = 20;
  const bottom = 40;
  const all = series.flatMap((s) => s.points.map((p) => p.value)).concat(target === undefined ? [] : [target]);
  if (periods.length === 0 || all.length === 0) return null;
  const max = Math.max(...all);
  const min = Math.min(0, ...all);
  const x = (period: string) =>
    periods.length === 1 ? left + (width - left - right) / 2 : left + (periods.indexOf(period) * (width - left - right)) / (periods.length - 1);
  const y = (value: number) => top + (height - top - bottom) * (1 - (value - min) / (max - min || 1));
  const ticks = [min, (min + max) / 2, max];

  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg viewBox={`0 0 ${width} ${height}`} className="app-chart" role="img" aria-labelledby="trend-chart-title">
        <title id="trend-chart-title">{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" strokeWidth="1" />
            <text x={left - 8} y={y(tick) + 4} textAnchor="end" fontSize="13" fill="#0b0c0c">
              {formatValue(unit, decimals, tick)}
            </text>
          </g>
        ))}
        {periods.map((period) => (
          <text key={period} x={x(period)} y={height - 12} textAnchor="middle" fontSize="13" fill="#0b0c0c">
            {period}
          </text>
        ))}
        {target !== undefined && (
          <g>
            <line x1={left} x2={width - right} y1={y(target)} y2={y(target)} stroke="#0b0c0c" strokeWidth="2" strokeDasharray="8 6" />
            <text x={width - right} y={y(target) - 6} textAnchor="end" fontSize="13" fill="#0b0c0c">
              Target {formatValue(unit, decimals, target)}
            </text>
          </g>
        )}
        {series.map((s, index) => (
          <g key={s.name} stroke={index === 0 ? '#1d70b8' : '#505a5f'} fill={index === 0 ? '#1d70b8' : '#505a5f'}>
            <path
              d={s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.period).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
              fill="none"
              strokeWidth={index === 0 ? 3 : 2}
              strokeDasharray={s.dash}
            />
            {s.points.map((p) => (
              <circle key={p.period} cx={x(p.period)} cy={y(p.value)} r={index === 0 ? 4 : 3} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="govuk-body-s">
        {series.map((s, index) => `${index === 0 ? 'Solid blue' : s.dash ? 'Dotted grey' : 'Solid grey'}: ${s.name}`).join('. ')}
        {target !== undefined && '. Dashed black: target'}
      </figcaption>
    </figure>
  );
}
