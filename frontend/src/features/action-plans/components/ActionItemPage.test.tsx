import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { ActionItemPage } from './ActionItemPage';
import { items, walsallOfficer } from './fixtures';

const item = items[0]!;

const detail = {
  item,
  indicators: [
    { code: 'COUNCILLORS_TRAINED', name: 'Councillors trained', unit: 'percent', decimals: 0, period: '2022-23', value: 30, status: 'final', target: 50, rag: 'red', ragReason: 'Below target' },
  ],
  updates: [item.latestUpdate],
  earlierUpdates: [
    {
      item: { id: 55, planId: 6, year: '2022-23', letter: 'a' },
      update: { id: 4, date: '2023-11-13', author: 'Jivan Sembi, Head of Service', text: 'Promoted to all Councillors.', status: 'carried-forward' },
    },
  ],
  questions: [],
};

const route = [{ path: '/action-items/:id', element: <ActionItemPage /> }];

describe('ActionItemPage', () => {
  it('shows the history of this year and the years before, and the linked indicators with RAG', async () => {
    renderRoutes(route, {
      path: '/action-items/101',
      responses: { 'GET /api/v1/me': { status: 200, body: walsallOfficer }, 'GET /api/v1/action-items/101': { status: 200, body: detail } },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Ensure that elected members');
    expect(screen.getByText('Training dates are not yet agreed.')).toBeInTheDocument();
    expect(screen.getByText('Promoted to all Councillors.')).toBeInTheDocument();
    expect(screen.getByText(/on 2022-23 item a/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Councillors trained' })).toBeInTheDocument();
    expect(screen.getByText('Red')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the 2023-24 plan' })).toHaveAttribute('href', '/action-plans?authority=E08000030&plan=7');
  });

  it("sends an update with the item's ETag and shows the service's reason when it is refused", async () => {
    const { requests } = renderRoutes(route, {
      path: '/action-items/101',
      responses: {
        'GET /api/v1/me': { status: 200, body: walsallOfficer },
        'GET /api/v1/action-items/101': { status: 200, body: detail, headers: { ETag: '"3"' } },
        'POST /api/v1/action-items/101/updates': {
          status: 412,
          body: { type: 'urn:promise:problem:stale-version', title: 'Somebody else changed this first', status: 412, detail: 'This has changed since you read it' },
        },
      },
    });
    await userEvent.click(await screen.findByLabelText('Off track'));
    await userEvent.type(screen.getByLabelText('What has happened'), 'Members have not booked.');
    await userEvent.click(screen.getByRole('button', { name: 'Save update' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This has changed since you read it');
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.clone().json()).toEqual({ status: 'off-track', text: 'Members have not booked.' });
  });
});
