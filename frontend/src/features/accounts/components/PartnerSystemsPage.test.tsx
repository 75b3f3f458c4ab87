import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderElement } from '@/testing/render';
import { PartnerSystemsPage } from './PartnerSystemsPage';

const admin = fixture('Me', { roles: ['admin'], authorities: [] });
const areas = { items: [fixture('Area')] };

describe('PartnerSystemsPage', () => {
  it('adds a partner system and shows its secret once, with the warning to copy it now', async () => {
    const user = userEvent.setup();
    const { requests } = renderElement(<PartnerSystemsPage />, {
      responses: {
        'GET /api/v1/me': { status: 200, body: admin },
        'GET /api/v1/areas': { status: 200, body: areas },
        'GET /api/v1/admin/partner-clients': { status: 200, body: fixture('PartnerClientList') },
        'POST /api/v1/admin/partner-clients': { status: 201, body: fixture('PartnerClientSecret') },
      },
    });
    const table = await screen.findByRole('table', { name: 'Partner systems' });
    expect(within(table).getByRole('rowheader', { name: 'Walsall case system' })).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Walsall' });
    await user.selectOptions(screen.getByLabelText('Authority it reads for'), 'E08000030');
    await fill(user, screen.getByLabelText('Name of the partner system'), 'NHS Black Country');
    await user.click(screen.getByRole('button', { name: 'Add partner system' }));

    expect(await screen.findByRole('heading', { name: 'The secret for NHS Black Country' })).toHaveFocus();
    expect(screen.getByText(/Copy the secret now/)).toBeInTheDocument();
    expect(screen.getByText('fIv3Ls1MxnWw0yT4fPq8')).toBeInTheDocument();
    const sent = requests.find((r) => r.method === 'POST')!;
    expect(await sent.clone().json()).toEqual({ authority: 'E08000030', name: 'NHS Black Country' });
  });

  it('names each field the service refused, and leaves an authority not chosen out of the request', async () => {
    const user = userEvent.setup();
    const { requests } = renderElement(<PartnerSystemsPage />, {
      responses: {
        'GET /api/v1/me': { status: 200, body: admin },
        'GET /api/v1/areas': { status: 200, body: areas },
        'GET /api/v1/admin/partner-clients': { status: 200, body: { items: [] } },
        'POST /api/v1/admin/partner-clients': {
          status: 400,
          body: { type: 'urn:promise:problem:validation', title: 'The request is not valid', status: 400, errors: [{ field: 'authority', rule: 'required', message: 'Choose the authority' }] },
        },
      },
    });
    expect(await screen.findByText('There are no partner systems yet.')).toBeInTheDocument();
    await fill(user, screen.getByLabelText('Name of the partner system'), 'Case system');
    await user.click(screen.getByRole('button', { name: 'Add partner system' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose the authority' })).toHaveAttribute('href', '#authority');
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({ name: 'Case system' });
  });

  it('asks before it revokes, and revokes only on yes', async () => {
    const user = userEvent.setup();
    const { requests } = renderElement(<PartnerSystemsPage />, {
      responses: {
        'GET /api/v1/me': { status: 200, body: admin },
        'GET /api/v1/areas': { status: 200, body: areas },
        'GET /api/v1/admin/partner-clients': { status: 200, body: fixture('PartnerClientList') },
        'DELETE /api/v1/admin/partner-clients/partner-walsall-case-system': { status: 204, body: undefined },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke Walsall case system' }));
    expect(screen.getByRole('heading', { name: 'Revoke Walsall case system?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.queryByRole('heading', { name: 'Revoke Walsall case system?' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Revoke Walsall case system' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    expect(await screen.findByText('Walsall case system is revoked: it can get no new token')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('tells anybody else that partner systems are for administrators, and reads none', async () => {
    const { requests } = renderElement(<PartnerSystemsPage />, { responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me') } } });
    expect(await screen.findByText('Only administrators can manage partner systems.')).toBeInTheDocument();
    expect(requests.some((r) => r.url.includes('/admin/'))).toBe(false);
  });
});
