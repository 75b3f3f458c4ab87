import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { PeoplePage } from './PeoplePage';

const admin = fixture('Me', { roles: ['admin'], authorities: [] });

function renderPage(responses: FakeResponses) {
  return renderRoutes([{ path: '/people', element: <PeoplePage /> }], {
    path: '/people?authority=E08000030',
    responses: {
      'GET /api/v1/me': { status: 200, body: admin },
      'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area')] } },
      'GET /api/v1/admin/users': { status: 200, body: fixture('PersonList') },
      ...responses,
    },
  });
}

describe('PeoplePage', () => {
  it("lists the authority's people and adds a board member, saying whether the set-password e-mail went", async () => {
    const user = userEvent.setup();
    const { requests } = renderPage({ 'POST /api/v1/admin/users': { status: 201, body: fixture('PersonCreated') } });
    const table = await screen.findByRole('table', { name: 'Officers and board members of Walsall' });
    expect(within(table).getByRole('rowheader', { name: 'Morgan Walsall-Member' })).toBeInTheDocument();
    expect(new URL(requests.find((r) => r.url.includes('/admin/users'))!.url).searchParams.get('authority')).toBe('E08000030');

    await fill(user, screen.getByLabelText('First name'), 'Priya');
    await fill(user, screen.getByLabelText('Last name'), 'Shah');
    await fill(user, screen.getByLabelText('E-mail address'), 'priya.shah@walsall.example');
    await user.click(screen.getByLabelText('Officer'));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByText('Keycloak has e-mailed priya.shah@walsall.example a link to choose a password.')).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({
      firstName: 'Priya',
      lastName: 'Shah',
      email: 'priya.shah@walsall.example',
      role: 'officer',
      authority: 'E08000030',
    });
  });

  it('asks before it removes somebody, with what it means', async () => {
    const user = userEvent.setup();
    const { requests } = renderPage({ 'DELETE /api/v1/admin/users/3f0c5a8e-2b1d-4c6e-9f7a-0d2e4b6c8a1f': { status: 204, body: undefined } });
    await user.click(await screen.findByRole('button', { name: 'Remove Morgan Walsall-Member' }));
    expect(screen.getByRole('heading', { name: 'Remove Morgan Walsall-Member?' })).toHaveFocus();
    expect(screen.getByText(/member.walsall@walsall.example will no longer be able to sign in/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove them' }));
    expect(await screen.findByText('Morgan Walsall-Member is removed')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });
});
