import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { AccountSummary } from './AccountSummary';

const walsallOfficer = fixture('Me', { subject: 'f3a1' });

describe('AccountSummary', () => {
  it('shows who is signed in, with their authority and role', async () => {
    const { requests } = renderElement(<AccountSummary />, {
      responses: { 'GET /api/v1/me': { status: 200, body: walsallOfficer } },
    });

    const details = await screen.findByText('officer.walsall');
    const list = details.closest('dl')!;
    expect(within(list).getByText('Authority')).toBeInTheDocument();
    expect(within(list).getByText(/Walsall/)).toBeInTheDocument();
    expect(within(list).getByText('(E08000030)')).toBeInTheDocument();
    expect(within(list).getByText('Officer')).toHaveClass('govuk-tag');
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('lists every authority of an analyst', async () => {
    renderElement(<AccountSummary />, {
      responses: {
        'GET /api/v1/me': {
          status: 200,
          body: fixture('Me', {
            name: 'analyst',
            roles: ['analyst'],
            authorities: [
              { code: 'E08000027', name: 'Dudley' },
              { code: 'E08000030', name: 'Walsall' },
            ],
          }),
        },
      },
    });
    expect(await screen.findByText('Authorities')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Dudley (E08000027)',
      'Walsall (E08000030)',
    ]);
  });

  it('says what went wrong, in the words of the service', async () => {
    renderElement(<AccountSummary />, {
      responses: {
        'GET /api/v1/me': {
          status: 401,
          body: fixture('Problem', { type: 'urn:promise:problem:unauthorized', title: 'Sign in first', status: 401, detail: 'This needs a valid access token' }),
        },
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('There is a problem');
    expect(alert).toHaveTextContent('This needs a valid access token');
  });
});
