import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { IndicatorPage } from './IndicatorPage';

const indicator = fixture('Indicator', {
  code: 'CL_EET_1921',
  name: 'Care leavers aged 19 to 21 in education, employment or training',
  plainName: 'Young people aged 19 to 21 who are working, training or learning',
  definition: 'Care leavers aged 19, 20 and 21 in education, employment or training.',
  priority: 'education-and-employment',
});

const value = (area: string, period: string, v: number) =>
  fixture('IndicatorValue', { indicator: 'CL_EET_1921', area, period, value: v, version: 0, updatedAt: '2026-11-24T00:00:00Z', updatedBy: 'demo', source: undefined, note: undefined });

const row = fixture('ScorecardRow', {
  indicator: 'CL_EET_1921',
  name: indicator.name,
  plainName: indicator.plainName,
  value: 54,
  target: { value: 60, pending: false, basis: 'Walsall action plan' },
  rag: 'red',
  ragReason: '54% is below the target of 60% by more than the 5-point tolerance',
  directionReason: 'Unchanged at 54%, too small a change to call',
  comparators: [{ kind: 'england', area: 'E92000001', areaName: 'England', period: '2021-22', value: 55, comparison: 'worse' }],
  history: [],
});

const scorecard = fixture('Scorecard', { groups: [{ priority: 'education-and-employment', title: 'Education and Employment', rows: [row] }] });

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
        'GET /api/v1/me': { status: 200, body: fixture('Me') },
        'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList') },
      },
    });

    // The comparators come with the authority's standing on its scorecard.
    expect(await screen.findByText('54% is below the target of 60% by more than the 5-point tolerance')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: `${indicator.name}: values by period. Walsall: from 54% (2021-22) to 54% (2022-23). England: 55% (2021-22). Target: 60%. The table below gives every value.`,
      }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'The values in the chart' });
    const rows = within(table).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Period', 'Walsall', 'England'],
      ['2021-22', '54%', '55%'],
      ['2022-23', '54%', '–'],
    ]);
    expect(screen.getByText('Target for 2022-23: 60% (Walsall action plan)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Enter a value' })).toHaveAttribute('href', '/indicators/CL_EET_1921/value?area=E08000030&period=2022-23');
    // The meetings whose agenda took the indicator up.
    expect(await screen.findByRole('link', { name: 'Corporate Parenting Board, 4 September 2023' })).toHaveAttribute('href', '/meetings/2');
  });

  it('explains the indicator in plain words before its definition, and gives each value its note and data checks', async () => {
    const explained = { ...indicator, explanation: 'Care leavers are young people who were in care when they turned 16 or later.' };
    const noted = {
      ...value('E08000030', '2022-23', 54),
      note: 'Reported as 54% (98 of 180) in the pack',
      flags: [{ rule: 'fraction-mismatch', message: '98 of 180 is 54.4%, not 54%' }],
    };
    renderRoutes([{ path: '/indicators/:code', element: <IndicatorPage /> }], {
      path: '/indicators/CL_EET_1921?area=E08000030&period=2022-23',
      responses: {
        'GET /api/v1/indicators/CL_EET_1921': { status: 200, body: explained },
        'GET /api/v1/indicators/CL_EET_1921/values': { status: 200, body: { items: [noted] } },
        'GET /api/v1/scorecard': { status: 200, body: scorecard },
        'GET /api/v1/me': { status: 200, body: fixture('Me') },
        'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList', { items: [] }) },
      },
    });

    const meaning = await screen.findByRole('heading', { level: 2, name: 'What it means' });
    expect(meaning.nextElementSibling).toHaveTextContent(explained.explanation);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('What it means')).toBeLessThan(headings.indexOf('Definition'));
    expect(screen.queryByText(/CL_EET_1921/, { selector: '.govuk-caption-l' })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'The values in the chart' });
    const cell = within(table).getByRole('cell', { name: /54%/ });
    expect(cell).toHaveTextContent('Reported as 54% (98 of 180) in the pack');
    expect(cell).toHaveTextContent('Data check: 98 of 180 is 54.4%, not 54%');
  });
});
