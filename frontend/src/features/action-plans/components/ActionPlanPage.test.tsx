import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { ActionPlanPage } from './ActionPlanPage';
import { items, plan, walsallOfficer } from './fixtures';

const responses = {
  'GET /api/v1/me': { status: 200, body: walsallOfficer },
  'GET /api/v1/action-plans': { status: 200, body: { items: [plan] } },
  'GET /api/v1/action-plans/7/items': { status: 200, body: { plan, items } },
};

describe('ActionPlanPage', () => {
  it('groups the items under their priorities, with status in words and overdue marked', async () => {
    renderRoutes([{ path: '/action-plans', element: <ActionPlanPage /> }], { path: '/action-plans', responses });

    const leadership = (await screen.findByRole('heading', { name: 'Leadership' })).closest('section')!;
    expect(within(leadership).getByRole('link', { name: /^a\. Ensure that elected members/ })).toHaveAttribute('href', '/action-items/101');
    expect(within(leadership).getByText('At risk')).toHaveClass('govuk-tag');
    expect(within(leadership).getByText('Overdue')).toHaveClass('govuk-tag');
    expect(within(leadership).getByText(/due 31 March 2024/)).toBeInTheDocument();
    const safety = screen.getByRole('heading', { name: 'Safety and Permanency' }).closest('section')!;
    expect(within(safety).queryByText('Overdue')).toBeNull();
    expect(screen.getByText(/2 items: 1 not started, 1 at risk\./)).toBeInTheDocument();
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
});
