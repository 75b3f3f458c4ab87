import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { ScorecardPage } from './ScorecardPage';

const responses = {
  'GET /api/v1/me': { status: 200, body: fixture('Me') },
  'GET /api/v1/scorecard/periods': {
    status: 200,
    body: {
      items: [
        fixture('PeriodSummary', { period: '2090-91', values: 1, targets: 0 }),
        fixture('PeriodSummary', { period: '2023-24', values: 30, targets: 10 }),
        fixture('PeriodSummary', { period: '2022-23', values: 28, targets: 9 }),
      ],
    },
  },
  'GET /api/v1/scorecard': { status: 200, body: fixture('Scorecard', { groups: [] }) },
};

const scorecardPeriods = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/api/v1/scorecard').map((r) => new URL(r.url).searchParams.get('period'));

describe('ScorecardPage', () => {
  it('opens on the latest year that has ended, not a far-future year with a stray value', async () => {
    const { requests } = renderRoutes([{ path: '/scorecard', element: <ScorecardPage /> }], { path: '/scorecard', responses });
    await waitFor(() => expect(scorecardPeriods(requests)).toEqual(['2023-24']));
    expect(screen.getByLabelText(/^Year/)).toHaveValue('2023-24');
  });

  it('opens on the year the address names, even one that has not ended', async () => {
    const { requests } = renderRoutes([{ path: '/scorecard', element: <ScorecardPage /> }], { path: '/scorecard?period=2090-91', responses });
    await waitFor(() => expect(scorecardPeriods(requests)).toEqual(['2090-91']));
  });
});
