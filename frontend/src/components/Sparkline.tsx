/**
 * A small line of earlier values. It only decorates: the numbers are spelt out for screen readers here and shown
 * in full in the indicator's table.
 */
export function Sparkline({ points, label }: { points: { period: string; value?: number | null }[]; label: string }) {
  const numbers = points.filter((p): p is { period: string; value: number } => typeof p.value === 'number');
  if (numbers.length < 2) return <span className="govuk-body-s">{numbers.length === 1 ? 'One value' : 'No trend yet'}</span>;
  const values = numbers.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const width = 80;
  const height = 24;
  const x = (i: number) => (i * (width - 4)) / (numbers.length - 1) + 2;
  const y = (v: number) => (max === min ? height / 2 : height - 2 - ((v - min) * (height - 4)) / (max - min));
  const path = numbers.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="app-sparkline">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
        <circle cx={x(numbers.length - 1)} cy={y(values[values.length - 1]!)} r="2.5" fill="currentColor" />
      </svg>
      <span className="govuk-visually-hidden">
        {label}: {numbers.map((p) => `${p.period} ${p.value}`).join(', ')}
      </span>
    </>
  );
}
