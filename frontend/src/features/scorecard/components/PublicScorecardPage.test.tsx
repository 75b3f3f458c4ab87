import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { PublicScorecardPage } from './PublicScorecardPage';

const row = fixture('ScorecardRow', {
  indicator: 'LEAVE_SGO',
  name: 'Children leaving care through a special guardianship order',
  plainName: 'Children who left care to live with a special guardian',
  unit: 'count',
  value: undefined,
  symbol: 'c',
  target: undefined,
  rag: 'none',
  ragReason: 'Withheld: a small number, or one that would reveal a small number',
  direction: 'none',
  directionReason: 'Withheld: a small number, or one that would reveal a small number',
  comparators: [],
  history: [{ period: '2022-23', symbol: 'c' }],
});

describe('PublicScorecardPage', () => {
  it('shows withheld figures as c, without links to the signed-in pages and without signing in', async () => {
    const { requests } = renderRoutes([{ path: '/public/scorecard', element: <PublicScorecardPage /> }], {
      path: '/public/scorecard',
      session: fakeSession(false),
      responses: {
        'GET /api/v1/areas': {
          status: 200,
          body: {
            items: [
              fixture('Area', { code: 'E08000027', name: 'Dudley' }),
              fixture('Area', { code: 'E08000028', name: 'Sandwell', publishesScorecard: false }),
            ],
          },
        },
        'GET /api/v1/public/authorities': { status: 200, body: fixture('PublicAuthorityList', { items: [fixture('PublicAuthorityList').items[0]!, fixture('PublicAuthorityList').items[1]!], opening: 'E08000027' }) },
        'GET /api/v1/public/scorecard/periods': { status: 200, body: { items: [fixture('PeriodSummary')] } },
        'GET /api/v1/public/scorecard': {
          status: 200,
          body: fixture('Scorecard', { area: 'E08000027', areaName: 'Dudley', groups: [{ priority: 'safety-and-permanency', title: 'Safety and Permanency', rows: [row] }] }),
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Safety and Permanency' });
    const line = within(table).getByRole('row', { name: /special guardianship order/ });
    expect(within(line).getByText('c (confidential)')).toBeInTheDocument();
    expect(within(line).queryByRole('link')).toBeNull();
    expect(screen.getByLabelText('Council')).toHaveTextContent('Dudley');
    expect(screen.getByLabelText('Council')).not.toHaveTextContent('Sandwell');
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });

  it('numbers the published figures\' footnotes once across the scorecard, each mark linking to its note', async () => {
    const noted = (indicator: string, name: string, note: string) => fixture('ScorecardRow', { indicator, name, note, flags: [] });
    renderRoutes([{ path: '/public/scorecard', element: <PublicScorecardPage /> }], {
      path: '/public/scorecard?area=E08000027&period=2022-23',
      session: fakeSession(false),
      responses: {
        'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { code: 'E08000027', name: 'Dudley' })] } },
        'GET /api/v1/public/scorecard/periods': { status: 200, body: { items: [fixture('PeriodSummary')] } },
        'GET /api/v1/public/scorecard': {
          status: 200,
          body: fixture('Scorecard', {
            area: 'E08000027',
            areaName: 'Dudley',
            groups: [
              { priority: 'health-and-wellbeing', title: 'Health and Wellbeing', rows: [noted('HLTH_ASSESS', 'Annual health assessments on time', 'February 2024, a snapshot')] },
              { priority: 'safety-and-permanency', title: 'Safety and Permanency', rows: [row, noted('PLC_FOSTER', 'Children in care living with foster families', 'The strategy gives 75%')] },
            ],
          }),
        },
      },
    });
    const health = await screen.findByRole('table', { name: 'Health and Wellbeing' });
    expect(within(health).getByRole('link', { name: 'Note 1' })).toHaveAttribute('href', '#scorecard-note-1');
    const safety = screen.getByRole('table', { name: 'Safety and Permanency' });
    expect(within(safety).getByRole('link', { name: 'Note 2' })).toHaveAttribute('href', '#scorecard-note-2');
    expect(document.getElementById('scorecard-note-2')).toHaveTextContent('The strategy gives 75%');
    // The withheld figure has no note to give.
    expect(within(within(safety).getByRole('row', { name: /special guardianship order/ })).queryByRole('link')).toBeNull();
  });

  const withAStrayFutureValue = {
    'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { code: 'E08000027', name: 'Dudley' })] } },
    'GET /api/v1/public/authorities': { status: 200, body: fixture('PublicAuthorityList', { items: [fixture('PublicAuthorityList').items[0]!], opening: 'E08000027' }) },
    'GET /api/v1/public/scorecard/periods': {
      status: 200,
      body: { items: [fixture('PeriodSummary', { period: '2090-91', values: 1 }), fixture('PeriodSummary', { period: '2023-24', values: 30 })] },
    },
    'GET /api/v1/public/scorecard': { status: 200, body: fixture('Scorecard', { area: 'E08000027', areaName: 'Dudley', groups: [] }) },
  };
  const scorecardPeriods = (requests: Request[]) =>
    requests.filter((r) => new URL(r.url).pathname === '/api/v1/public/scorecard').map((r) => new URL(r.url).searchParams.get('period'));

  const open = (path: string) =>
    renderRoutes([{ path: '/public/scorecard', element: <PublicScorecardPage /> }], { path, session: fakeSession(false), responses: withAStrayFutureValue });

  it('opens on the latest year that has ended, not a far-future year with a value in it', async () => {
    const { requests } = open('/public/scorecard');
    await waitFor(() => expect(scorecardPeriods(requests)).toEqual(['2023-24']));
    expect(screen.getByLabelText('Year')).toHaveValue('2023-24');
  });

  it('opens on the year the address names, even one that has not ended', async () => {
    const { requests } = open('/public/scorecard?area=E08000027&period=2090-91');
    await waitFor(() => expect(scorecardPeriods(requests)).toEqual(['2090-91']));
  });
});
