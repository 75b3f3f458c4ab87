import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { fakeSession, renderRoutes } from '@/testing/render';
import { ReportsPage } from './ReportsPage';

const found = fixture('Report', { snippet: 'The <mark>fostering</mark> service &amp; its carers' });

const responses = {
  'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { publishesScorecard: undefined })] } },
  'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList') },
  'GET /api/v1/reports': { status: 200, body: fixture('ReportList', { items: [found], next: 'abc' }) },
};

const urlOf = (request: Request) => new URL(request.url);

describe('ReportsPage', () => {
  it('lets anyone search the reports without signing in, the matched words highlighted', async () => {
    const user = userEvent.setup();
    const { requests, router } = renderRoutes([{ path: '/reports', element: <ReportsPage /> }], { path: '/reports', session: fakeSession(false), responses });
    await screen.findByRole('link', { name: found.title });

    await fill(user, screen.getByRole('searchbox', { name: 'Search reports' }), 'fostering');
    await user.selectOptions(screen.getByLabelText('Type of report'), 'annual-fostering');
    await fill(user, screen.getByLabelText('Period covered'), '2022-23');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('heading', { name: 'Reports matching “fostering”' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('q=fostering');
    const search = urlOf(requests.filter((r) => r.url.includes('/reports')).at(-1)!).searchParams;
    expect(search.get('q')).toBe('fostering');
    expect(search.getAll('type')).toEqual(['annual-fostering']);
    expect(search.get('period')).toBe('2022-23');
    expect(search.has('visibility')).toBe(false);
    expect(screen.getByText('fostering', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText(/its carers/).textContent).toBe(' service & its carers');
    expect(screen.getByRole('link', { name: found.title })).toHaveAttribute('href', '/reports/12');
    expect(screen.queryByLabelText('Who may read it')).not.toBeInTheDocument();
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });

  it('pages through the results from where the service says the next page starts', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoutes([{ path: '/reports', element: <ReportsPage /> }], { path: '/reports?q=fostering', session: fakeSession(false), responses });
    const pages = await screen.findByRole('navigation', { name: 'Pages of results' });
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'First page' })).toHaveAttribute('href', '/reports?q=fostering');
    expect(urlOf(requests.at(-1)!).searchParams.get('after')).toBe('abc');
  });

  it('offers an authority’s officer its private reports and drafts to filter by', async () => {
    const { requests } = renderRoutes([{ path: '/reports', element: <ReportsPage /> }], {
      path: '/reports?authority=E08000030&visibility=exempt&status=draft',
      responses: { ...responses, 'GET /api/v1/me': { status: 200, body: fixture('Me') } },
    });
    expect(await screen.findByLabelText('Who may read it')).toHaveDisplayValue('Private (exempt)');
    expect(screen.getByLabelText('Status')).toHaveDisplayValue('Draft');
    expect(screen.getByLabelText('Presented at')).toBeInTheDocument();
    const search = urlOf(requests.find((r) => r.url.includes('/reports'))!).searchParams;
    expect([search.get('visibility'), search.get('status'), search.get('authority')]).toEqual(['exempt', 'draft', 'E08000030']);
  });

  it('says so when nothing matches', async () => {
    renderRoutes([{ path: '/reports', element: <ReportsPage /> }], {
      path: '/reports?q=nothing',
      session: fakeSession(false),
      responses: { ...responses, 'GET /api/v1/reports': { status: 200, body: { items: [] } } },
    });
    expect(await screen.findByRole('heading', { name: 'No reports found' })).toBeInTheDocument();
  });
});
