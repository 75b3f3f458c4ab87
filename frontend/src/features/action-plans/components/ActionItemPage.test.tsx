import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { ActionItemPage } from './ActionItemPage';

const item = fixture('ActionItem');
const walsallOfficer = fixture('Me');

const detail = fixture('ActionItemDetail', {
  item,
  indicators: [fixture('LinkedIndicator')],
  updates: [item.latestUpdate!],
  earlierUpdates: [
    {
      item: { id: 55, planId: 6, year: '2022-23', letter: 'a' },
      update: fixture('ProgressUpdate', { id: 4, date: '2023-11-13', author: 'Jivan Sembi, Head of Service', text: 'Promoted to all Councillors.', status: 'carried-forward' }),
    },
  ],
});

const route = [{ path: '/action-items/:id', element: <ActionItemPage /> }];

/** The meetings that considered the item: the board took it up on 4 September 2023. */
const consideredAt = { 'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList') } };

/** The officer writes an update while officer.b adds one: the first save is refused (412). */
async function saveAfterSomebodyElseUpdated(user: UserEvent) {
  const theirs = fixture('ProgressUpdate', { id: 10, date: '2026-11-21', author: 'officer.b', text: 'Two members booked.', status: 'on-track' });
  const { requests } = renderRoutes(route, {
    path: '/action-items/101',
    responses: {
      ...consideredAt,
      'GET /api/v1/me': { status: 200, body: walsallOfficer },
      'GET /api/v1/action-items/101': [
        { status: 200, body: detail, headers: { ETag: '"3"' } },
        { status: 200, body: { ...detail, item: { ...item, status: 'on-track', latestUpdate: theirs, version: 4 }, updates: [item.latestUpdate, theirs] }, headers: { ETag: '"4"' } },
      ],
      'POST /api/v1/action-items/101/updates': [
        { status: 412, body: fixture('Problem') },
        { status: 201, body: { ...item, status: 'off-track', version: 5 }, headers: { ETag: '"5"' } },
      ],
    },
  });
  await user.click(await screen.findByLabelText('Off track'));
  // Pasted, not typed: typing renders the whole page again for every letter.
  await user.click(screen.getByLabelText('What has happened'));
  await user.paste('Members have not booked.');
  await user.click(screen.getByRole('button', { name: 'Save update' }));
  return requests;
}

describe('ActionItemPage', () => {
  it('shows the history of this year and the years before, and the linked indicators with RAG', async () => {
    renderRoutes(route, {
      path: '/action-items/101',
      responses: { ...consideredAt, 'GET /api/v1/me': { status: 200, body: walsallOfficer }, 'GET /api/v1/action-items/101': { status: 200, body: detail } },
    });
    // Waits for the item by its text: a role query over the whole page is slow the first time it runs, too slow to
    // retry within findBy's time limit on a busy machine.
    expect(await screen.findByText('Training dates are not yet agreed.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ensure that elected members');
    expect(screen.getByText('Promoted to all Councillors.')).toBeInTheDocument();
    expect(screen.getByText(/on 2022-23 item a/)).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Councillors trained' })).toBeInTheDocument();
    expect(screen.getByText('Red')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the 2023-24 plan' })).toHaveAttribute('href', '/action-plans?authority=E08000030&plan=7');
    expect(await screen.findByRole('link', { name: 'Corporate Parenting Board, 4 September 2023' })).toHaveAttribute('href', '/meetings/2');
  });

  it('adds an update quoting the version the page showed, and when somebody updated the item first, shows both and lets the officer choose', async () => {
    const user = userEvent.setup();
    const requests = await saveAfterSomebodyElseUpdated(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('This action item was updated by officer.b on 21 November 2026 since you opened it');
    const versions = screen.getByRole('table', { name: 'The saved version and yours' });
    expect(within(versions).getByRole('row', { name: 'What has happened Different Two members booked. Members have not booked.' })).toBeInTheDocument();

    // Keeping the saved version shows it on the page and leaves the officer's words in the form.
    await user.click(screen.getByRole('button', { name: 'Keep the saved version' }));
    expect(screen.getByText('Two members booked.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your update was not saved');
    expect(screen.getByLabelText('What has happened')).toHaveValue('Members have not booked.');
    await user.click(screen.getByRole('button', { name: 'Save update' }));

    expect(await screen.findByText('Update saved: the item is now off track')).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((post) => post.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
    expect(await posts[1]!.clone().json()).toEqual({ status: 'off-track', text: 'Members have not booked.' });
  });

  it('adds the update after the one saved since when the officer chooses to', async () => {
    const user = userEvent.setup();
    const requests = await saveAfterSomebodyElseUpdated(user);
    await user.click(await screen.findByRole('button', { name: 'Add yours after it' }));

    expect(await screen.findByText('Update saved: the item is now off track')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((post) => post.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('shows the authority’s own people who changed the item and how, and nobody else', async () => {
    renderRoutes(route, {
      path: '/action-items/101',
      responses: {
        ...consideredAt,
        'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) },
        'GET /api/v1/action-items/101': { status: 200, body: detail, headers: { ETag: '"3"' } },
        'GET /api/v1/action-items/101/history': { status: 200, body: fixture('ChangeHistory') },
      },
    });
    expect(await screen.findByRole('heading', { name: 'History' })).toBeInTheDocument();
    await userEvent.click(screen.getByText('Who changed this item, and how'));
    expect(await screen.findByRole('table', { name: /^Changed by Priya Shah/ })).toHaveTextContent('Due date31 March 202430 June 2024');
  });

  it('offers no history to somebody from another authority', async () => {
    const { requests } = renderRoutes(route, {
      path: '/action-items/101',
      responses: {
        ...consideredAt,
        'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['officer'], authorities: [{ code: 'E08000027', name: 'Dudley' }] }) },
        'GET /api/v1/action-items/101': { status: 200, body: detail, headers: { ETag: '"3"' } },
      },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.url.endsWith('/history'))).toBe(false);
  });
});
