import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { ActionPlanPage } from './ActionPlanPage';

const plan = fixture('ActionPlan', {
  itemCount: 2,
  statusCounts: [
    { status: 'not-started', count: 1 },
    { status: 'at-risk', count: 1 },
  ],
});

const items = [
  fixture('ActionItem'),
  fixture('ActionItem', {
    id: 102,
    letter: 'b',
    priority: 'safety-and-permanency',
    priorityTitle: 'Safety and Permanency',
    what: 'Support and enable more children and young people to remain with their foster carers post 18 years of age.',
    how: [],
    measures: [],
    indicators: [],
    owner: 'Head of Service for Children in Care.',
    dueDate: '2030-03-31',
    status: 'not-started',
    overdue: false,
    latestUpdate: undefined,
    version: 0,
  }),
];

const responses = {
  'GET /api/v1/me': { status: 200, body: fixture('Me') },
  'GET /api/v1/action-plans': { status: 200, body: { items: [plan] } },
  'GET /api/v1/action-plans/7/items': { status: 200, body: { plan, items } },
};

describe('ActionPlanPage', () => {
  it('groups the items under their priorities, with status in words and overdue marked', async () => {
    renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], { path: '/action-plans', responses });
    // Waits for the plan by its text: a role query over the whole page is slow the first time it runs, too slow to
    // retry within findBy's time limit on a busy machine.
    expect(await screen.findByText(/2 items: 1 not started, 1 at risk\./)).toBeInTheDocument();

    const leadership = screen.getByRole('heading', { name: 'Leadership' }).closest('section')!;
    expect(within(leadership).getByRole('link', { name: /^a\. Ensure that elected members/ })).toHaveAttribute('href', '/action-items/101');
    expect(within(leadership).getByText('At risk')).toHaveClass('govuk-tag');
    expect(within(leadership).getByText('Overdue')).toHaveClass('govuk-tag');
    expect(within(leadership).getByText(/due 31 March 2024/)).toBeInTheDocument();
    const safety = screen.getByRole('heading', { name: 'Safety and Permanency' }).closest('section')!;
    expect(within(safety).queryByText('Overdue')).toBeNull();
    expect(screen.getByRole('link', { name: /Carry unfinished items into 2024-25/ })).toHaveAttribute('href', '/action-plans/7/carry-forward');
  });

  it('asks the service for overdue items only when the filter is ticked', async () => {
    const { requests } = renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], { path: '/action-plans', responses });
    await screen.findByRole('heading', { name: 'Leadership' });
    await userEvent.click(screen.getByLabelText('Only overdue items'));
    await userEvent.click(screen.getByRole('button', { name: 'Show items' }));

    await screen.findByText(/of 2 items match/);
    const filtered = requests.filter((r) => r.url.includes('/items')).map((r) => new URL(r.url).searchParams);
    expect(filtered.at(-1)?.get('overdue')).toBe('true');
  });

  it('shows the board pack table with its columns when asked', async () => {
    renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], { path: '/action-plans?view=table', responses });
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'Our priorities',
      'What will we do',
      'How will we do it',
      'Measures of Success (performance indicators)',
      'Who will do it / when',
      'Progress Update',
    ]);
    expect(within(table).getByText('Training dates are not yet agreed.')).toBeInTheDocument();
  });

  it('prints the board pack table: it shows the table first, then opens the print dialogue once', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], { path: '/action-plans', responses });
    await screen.findByRole('heading', { name: 'Leadership' });
    expect(screen.queryByRole('table')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Print the board pack table' }));

    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('opens on the plan of the latest year that has ended, not a plan for a far-future year', async () => {
    const future = fixture('ActionPlan', { id: 9, year: '2090-91', startYear: 2090 });
    const { requests } = renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], {
      path: '/action-plans',
      responses: { ...responses, 'GET /api/v1/action-plans': { status: 200, body: { items: [future, plan] } } },
    });
    expect(await screen.findByText(/2 items: 1 not started, 1 at risk\./)).toBeInTheDocument();
    expect(requests.some((r) => new URL(r.url).pathname === '/api/v1/action-plans/9/items')).toBe(false);
  });
});
