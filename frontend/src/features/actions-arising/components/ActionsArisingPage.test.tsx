import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { ActionsArisingPage } from './ActionsArisingPage';

const late = fixture('ActionArising');
const open = fixture('ActionArising', { id: 42, description: 'Review the arrangements for engaging with young people', dueDate: '2024-09-04', late: false, daysLate: null });
const done = fixture('ActionArising', {
  id: 43,
  description: 'Leisure and Housing to present reports',
  dueDate: '2023-10-01',
  status: 'done',
  late: false,
  daysLate: null,
  evidence: 'Reports on the November agenda',
  closedOn: '2023-11-13',
});

describe('ActionsArisingPage', () => {
  it('lists late actions first, then open ones by due date, then closed ones, with the counts, and filters by status', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderRoutes([{ path: '/actions-arising', element: <ActionsArisingPage /> }], {
      path: '/actions-arising?authority=E08000030',
      responses: {
        'GET /api/v1/me': { status: 200, body: fixture('Me', { name: 'member.walsall', roles: ['board-member'] }) },
        'GET /api/v1/actions-arising': { status: 200, body: fixture('ActionArisingList', { items: [done, open, late], counts: { open: 2, late: 1, closed: 1 } }) },
      },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('2 open, 1 late, 1 closed.');
    const entries = screen.getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getAllByRole('link')[0]!.textContent)).toEqual([late.description, open.description, done.description]);
    expect(within(entries[0]!).getByText('Late')).toBeInTheDocument();
    expect(within(entries[0]!).getByText(/30 days late/)).toBeInTheDocument();
    expect(within(entries[0]!).getByRole('link', { name: 'resolution 11.2 of 4 September 2023' })).toHaveAttribute('href', '/meetings/2');
    expect(within(entries[2]!).getByText('Evidence: Reports on the November agenda')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'open');
    await user.click(screen.getByLabelText('Only late actions'));
    await user.click(screen.getByRole('button', { name: 'Show actions' }));
    expect(router.state.location.search).toBe('?authority=E08000030&status=open&overdue=true');
    const last = new URL(requests.filter((r) => r.url.includes('/actions-arising')).at(-1)!.url).searchParams;
    expect([last.get('authority'), last.get('status'), last.get('overdue')]).toEqual(['E08000030', 'open', 'true']);
  });
});
