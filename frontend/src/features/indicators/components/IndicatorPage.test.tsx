import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { IndicatorPage } from './IndicatorPage';

const indicator = {
  code: 'CL_EET_1921',
  name: 'Care leavers aged 19 to 21 in education, employment or training',
  plainName: 'Young people aged 19 to 21 who are working, training or learning',
  definition: 'Care leavers aged 19, 20 and 21 in education, employment or training.',
  unit: 'percent',
  polarity: 'higher_is_better',
  priority: 'education-and-employment',
  periodKind: 'financial-year',
  decimals: 0,
  source: 'DfE',
  version: 0,
};

const value = (area: string, period: string, v: number) => ({
  indicator: 'CL_EET_1921', area, period, value: v, status: 'final', version: 0, updatedAt: '2026-11-24T00:00:00Z', updatedBy: 'demo',
});

const scorecard = {
  area: 'E08000030',
  areaName: 'Walsall',
  period: '2022-23',
  groups: [
    {
      priority: 'education-and-employment',
      title: 'Education and Employment',
      rows: [
        {
          indicator: 'CL_EET_1921', name: indicator.name, plainName: indicator.plainName, unit: 'percent', polarity: 'higher_is_better',
          decimals: 0, period: '2022-23', value: 54, status: 'final', target: { value: 60, pending: false, basis: 'Walsall action plan' },
          rag: 'red', ragReason: '54% is below the target of 60% by more than the 5-point tolerance', direction: 'stable',
          directionReason: 'Unchanged at 54%, too small a change to call',
          comparators: [{ kind: 'england', area: 'E92000001', areaName: 'England', period: '2021-22', value: 55, comparison: 'worse' }],
          history: [],
        },
      ],
    },
  ],
};

describe('IndicatorPage', () => {
  it('puts the numbers of the chart in a table beside it, with the target and the standing', async () => {
    renderRoutes([{ path: '/indicators/:code', element: <IndicatorPage /> }], {
      path: '/indicators/CL_EET_1921?area=E08000030&period=2022-23',
      responses: {
        'GET /api/v1/indicators/CL_EET_1921': { status: 200, body: indicator },
        'GET /api/v1/indicators/CL_EET_1921/values': {
          status: 200,
          body: { items: [value('E08000030', '2021-22', 54), value('E08000030', '2022-23', 54), value('E92000001', '2021-22', 55)] },
        },
        'GET /api/v1/scorecard': { status: 200, body: scorecard },
        'GET /api/v1/me': { status: 200, body: { subject: 's', name: 'officer.walsall', roles: ['officer'], authorities: [{ code: 'E08000030', name: 'Walsall' }] } },
      },
    });

    // The comparators come with the authority's standing on its scorecard.
    expect(await screen.findByText('54% is below the target of 60% by more than the 5-point tolerance')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: `${indicator.name}: values by period` })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The values in the chart' });
    const rows = within(table).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Period', 'Walsall', 'England'],
      ['2021-22', '54%', '55%'],
      ['2022-23', '54%', '–'],
    ]);
    expect(screen.getByText('Target for 2022-23: 60% (Walsall action plan)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Enter a value' })).toHaveAttribute('href', '/indicators/CL_EET_1921/value?area=E08000030&period=2022-23');
  });
});
