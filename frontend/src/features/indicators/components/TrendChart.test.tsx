import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderElement } from '@/testing/render';
import { chartSummary, spacedTicks, tickLines, TrendChart, valueRange, type Series } from './TrendChart';

const walsall: Series = { name: 'Walsall', kind: 'authority', points: [{ period: '2020-21', value: 43 }, { period: '2021-22', value: 88 }, { period: '2022-23', value: 88 }] };
const england: Series = { name: 'England', kind: 'england', points: [{ period: '2021-22', value: 91 }] };
const neighbours: Series = { name: 'Statistical neighbours', kind: 'statistical-neighbours', points: [{ period: '2021-22', value: 80 }, { period: '2022-23', value: 84 }] };

async function drawn(title: string) {
  const image = screen.getByRole('img', { name: new RegExp(`^${title}`) });
  await waitFor(() => expect(image.querySelector('svg')).not.toBeNull());
  return { image, svg: image.querySelector('svg')! };
}

const texts = (svg: SVGElement) => Array.from(svg.querySelectorAll('text')).map((text) => text.textContent);

describe('TrendChart', () => {
  it('draws a line and a marker per value for each area, each area its own shape, with the target labelled', async () => {
    renderElement(
      <TrendChart title="Annual dental checks: values by period" periods={['2020-21', '2021-22', '2022-23']} series={[walsall, england, neighbours]} target={90} unit="percent" decimals={0} />,
    );
    const { image, svg } = await drawn('Annual dental checks');
    expect(image).toHaveAccessibleName(
      'Annual dental checks: values by period. Walsall: from 43% (2020-21) to 88% (2022-23). England: 91% (2021-22). ' +
        'Statistical neighbours: from 80% (2021-22) to 84% (2022-23). Target: 90%. The table below gives every value.',
    );
    // One line per area, each its own colour and pattern; one marker per value, each area its own shape.
    const lines = Array.from(svg.querySelectorAll('[aria-label="line"]'));
    expect(lines.map((line) => [line.getAttribute('stroke'), line.getAttribute('stroke-dasharray')])).toEqual([
      ['#1d70b8', null],
      ['#0b0c0c', '6,4'],
      ['#4c2c92', '10,4,2,4'],
    ]);
    const markers = Array.from(svg.querySelectorAll('[aria-label="dot"] path'));
    expect(markers).toHaveLength(6);
    expect(new Set(markers.map((marker) => marker.getAttribute('d'))).size).toBe(3);
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['2020-21', '2021-22', '2022-23', 'Target 90%']));
    expect(labels.some((label) => /^\d+%$/.test(label ?? ''))).toBe(true);
    // The target is a dashed rule.
    expect(svg.querySelector('[aria-label="rule"]')).toHaveAttribute('stroke-dasharray', '8,6');
  });

  it('is a picture for sight alone: hidden from screen readers behind its summary, nothing in it to tab to, Plot’s inline style removed', async () => {
    renderElement(<TrendChart title="Dental" periods={['2020-21', '2021-22', '2022-23']} series={[walsall]} unit="percent" decimals={0} />);
    const { svg } = await drawn('Dental');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.querySelector('a, [tabindex]')).toBeNull();
  });

  it('names each line in its key by its marker and pattern, not its colour alone, and the target with its value', () => {
    renderElement(<TrendChart title="Dental" periods={['2020-21', '2021-22', '2022-23']} series={[walsall, england]} target={90} unit="percent" decimals={0} />);
    const key = screen.getByRole('list');
    expect(within(key).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '●Walsall: circles on a solid line',
      '■England: squares on a dashed line',
      '- -Target: the dashed black line, 90%',
    ]);
  });

  it('labels a snapshot by its date, "at 31 March 2023", over two lines', async () => {
    const snapshot: Series = { name: 'Walsall', kind: 'authority', points: [{ period: '2022-03-31', value: 12 }, { period: '2023-03-31', value: 14 }] };
    renderElement(<TrendChart title="Placements" periods={['2022-03-31', '2023-03-31']} series={[snapshot]} unit="count" decimals={0} />);
    const { image, svg } = await drawn('Placements');
    expect(image).toHaveAccessibleName('Placements. Walsall: from 12 (at 31 March 2022) to 14 (at 31 March 2023). The table below gives every value.');
    const ticks = Array.from(svg.querySelectorAll('[aria-label="x-axis tick label"] text'));
    expect(ticks.map((tick) => Array.from(tick.querySelectorAll('tspan')).map((line) => line.textContent))).toEqual([
      ['at 31 March', '2022'],
      ['at 31 March', '2023'],
    ]);
  });

  it('draws nothing when there is nothing to draw', () => {
    renderElement(<TrendChart title="Empty" periods={[]} series={[walsall]} unit="percent" decimals={0} />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('tickLines', () => {
  it('splits a long label where its lines are most even, and leaves a short one alone', () => {
    expect(tickLines('2022-23')).toBe('2022-23');
    expect(tickLines('at 31 March 2023')).toBe('at 31 March\n2023');
    expect(tickLines('2023-24 Q1')).toBe('2023-24\nQ1');
  });
});

describe('spacedTicks', () => {
  it('keeps every period where they fit, and otherwise every few, the latest always', () => {
    const years = ['2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23'];
    expect(spacedTicks(years, 700, 80)).toEqual(years);
    expect(spacedTicks(years, 320, 80)).toEqual(['2016-17', '2018-19', '2020-21', '2022-23']);
    expect(spacedTicks(years, 300, 80)).toEqual(['2016-17', '2019-20', '2022-23']);
    expect(spacedTicks(years, 50, 80)).toEqual(['2022-23']);
  });
});

describe('valueRange', () => {
  it('leaves room around the values rather than starting at zero, and never goes below zero when no value does', () => {
    expect(valueRange([68, 75])).toEqual([66.6, 76.4]);
    expect(valueRange([2, 40])).toEqual([0, 47.6]);
    expect(valueRange([50, 50])).toEqual([45, 55]);
    expect(valueRange([0, 0])).toEqual([0, 1]);
    expect(valueRange([-4, 6])).toEqual([-6, 8]);
  });
});

describe('chartSummary', () => {
  it('gives one value as it is, and skips an area with none', () => {
    expect(chartSummary('Days', [{ name: 'Walsall', kind: 'authority', points: [{ period: '2022-23', value: 1 }] }, { ...england, points: [] }], 'days', 0)).toBe(
      'Days. Walsall: 1 day (2022-23). The table below gives every value.',
    );
  });
});
