import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { YouSaidPage } from './YouSaidPage';

describe('YouSaidPage', () => {
  it('shows young people what they asked for and what was done, without signing in', async () => {
    const { requests } = renderRoutes([{ path: '/you-said-we-did', element: <YouSaidPage /> }], {
      path: '/you-said-we-did?authority=E08000030',
      session: fakeSession(false),
      responses: {
        'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { publishesScorecard: undefined })] } },
        'GET /api/v1/you-said-we-did': { status: 200, body: { authority: 'E08000030', authorityName: 'Walsall', items: [fixture('YouSaid')] } },
      },
    });
    const ask = (await screen.findByRole('heading', { level: 2, name: /Help us to understand/ })).closest('section')!;
    expect(within(ask).getByText(/February 2023/)).toBeInTheDocument();
    expect(within(ask).getByRole('heading', { name: 'What we have done' })).toBeInTheDocument();
    expect(within(ask).getByText('Develop child friendly version of the delegated authority form.')).toBeInTheDocument();
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });
});
