import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes } from '@/testing/render';
import { NewPackPage } from './NewPackPage';
import { PacksPage } from './PacksPage';

const frozen = fixture('PerformancePackSummary', { id: 4, status: 'frozen', frozenAt: '2026-11-01T10:00:00Z', title: 'Performance pack, 2021-22 (Walsall)', periodLabel: '2021-22', presentedAt: { meetingId: 3, meetingDate: '2023-11-13' } });

const routes = [
  { path: '/performance-packs', element: <PacksPage /> },
  { path: '/performance-packs/new', element: <NewPackPage /> },
  { path: '/performance-packs/:id', element: <h1>The pack</h1> },
];

describe('PacksPage', () => {
  it('lists the authority’s packs, drafts and frozen, and offers its officer to create one', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoutes(routes, {
      path: '/performance-packs',
      responses: {
        'GET /api/v1/me': { status: 200, body: fixture('Me') },
        'GET /api/v1/performance-packs': { status: 200, body: fixture('PerformancePackList', { items: [fixture('PerformancePackSummary'), frozen] }) },
      },
    });
    const table = await screen.findByRole('table', { name: 'Packs, newest first' });
    // Wider than a phone: it scrolls in its own region, which a keyboard can reach.
    expect(screen.getByRole('region', { name: 'Packs, newest first' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('region', { name: 'Packs, newest first' })).toContainElement(table);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['2022-23', 'Draft', 'Not yet'],
      ['2021-22', 'Frozen on 1 November 2026', '13 November 2023'],
    ]);
    expect(within(table).getByRole('link', { name: 'Performance pack, 2021-22 (Walsall)' })).toHaveAttribute('href', '/performance-packs/4');
    expect(new URL(requests.find((r) => r.url.includes('performance-packs'))!.url).searchParams.get('authority')).toBe('E08000030');
    await user.click(screen.getByRole('link', { name: 'Create a pack' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create a pack' })).toBeInTheDocument();
  });

  it('offers a board member the packs to read, not to create', async () => {
    renderRoutes(routes, {
      path: '/performance-packs',
      responses: {
        'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) },
        'GET /api/v1/performance-packs': { status: 200, body: fixture('PerformancePackList') },
      },
    });
    expect(await screen.findByRole('table', { name: 'Packs, newest first' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create a pack' })).not.toBeInTheDocument();
  });
});

describe('NewPackPage', () => {
  it('drafts a pack for the period and opens it', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoutes(routes, {
      path: '/performance-packs/new?authority=E08000030',
      responses: { 'POST /api/v1/performance-packs': { status: 201, body: fixture('PerformancePack') } },
    });
    await fill(user, screen.getByLabelText('Period'), '2022-23');
    await user.click(screen.getByRole('button', { name: 'Create pack' }));
    expect(await screen.findByRole('heading', { name: 'The pack' })).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({ authority: 'E08000030', period: '2022-23' });
  });

  it('names a period the service refuses', async () => {
    const user = userEvent.setup();
    renderRoutes(routes, {
      path: '/performance-packs/new?authority=E08000030',
      responses: { 'POST /api/v1/performance-packs': { status: 400, body: { type: 'about:blank', title: 'Bad request', status: 400, errors: [{ field: 'period', message: 'A pack is for a year or quarter that has ended or is under way' }] } } },
    });
    await fill(user, screen.getByLabelText('Period'), '2030-31');
    await user.click(screen.getByRole('button', { name: 'Create pack' }));
    expect(await screen.findByRole('link', { name: 'A pack is for a year or quarter that has ended or is under way' })).toHaveAttribute('href', '#period');
  });
});
