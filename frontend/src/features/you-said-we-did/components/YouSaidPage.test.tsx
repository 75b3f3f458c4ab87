import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeSession, renderRoutes } from '@/testing/render';
import { YouSaidPage } from './YouSaidPage';

describe('YouSaidPage', () => {
  it('shows young people what they asked for and what was done, without signing in', async () => {
    const { requests } = renderRoutes([{ path: '/you-said-we-did', element: <YouSaidPage /> }], {
      path: '/you-said-we-did?authority=E08000030',
      session: fakeSession(false),
      responses: {
        'GET /api/v1/areas': { status: 200, body: { items: [{ code: 'E08000030', name: 'Walsall', kind: 'local-authority' }] } },
        'GET /api/v1/you-said-we-did': {
          status: 200,
          body: {
            authority: 'E08000030',
            authorityName: 'Walsall',
            items: [
              {
                id: 1,
                authority: 'E08000030',
                ask: "Help us to understand what our carers can agree to, what they can't and why",
                forum: 'Engagement session with children and young people at the TLC Hub',
                askedIn: '2023-02',
                done: [{ id: 1, date: '2023-11-13', text: 'The children in care council have met with fostering managers.' }],
                next: [{ id: 2, date: '2023-11-13', text: 'Develop child friendly version of the delegated authority form.' }],
                actionItems: [],
                version: 0,
              },
            ],
          },
        },
      },
    });
    const ask = (await screen.findByRole('heading', { level: 2, name: /Help us to understand/ })).closest('section')!;
    expect(within(ask).getByText(/February 2023/)).toBeInTheDocument();
    expect(within(ask).getByRole('heading', { name: 'What we have done' })).toBeInTheDocument();
    expect(within(ask).getByText('Develop child friendly version of the delegated authority form.')).toBeInTheDocument();
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });
});
