import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { MeetingsPage } from './MeetingsPage';

const summary = (id: number, date: string, overrides = {}) => fixture('MeetingSummary', { id, date, ...overrides });

const responses = {
  'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { publishesScorecard: undefined })] } },
  'GET /api/v1/meetings': {
    status: 200,
    body: fixture('MeetingList', {
      items: [
        summary(2, '2023-09-04'),
        summary(3, '2023-11-13', { status: 'held', agendaItemCount: 11 }),
        summary(5, '2023-11-27', { status: 'cancelled', agendaItemCount: 0 }),
        summary(9, '2099-01-12', { status: 'scheduled', agendaItemCount: 1 }),
      ],
    }),
  },
};

describe('MeetingsPage', () => {
  it('shows anyone the meetings to come and those held, latest first, by month, without signing in', async () => {
    const { requests } = renderRoutes([{ path: '/meetings', element: <MeetingsPage /> }], { path: '/meetings?authority=E08000030', session: fakeSession(false), responses });

    const past = (await screen.findByRole('heading', { level: 2, name: 'Past meetings' })).closest('section')!;
    const months = within(past).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(months).toEqual(['November 2023', 'September 2023']);
    const november = within(past).getByRole('heading', { name: 'November 2023' }).closest('section')!;
    expect(within(november).getAllByRole('link').map((link) => link.textContent)).toEqual(['Corporate Parenting Board (cancelled)', 'Corporate Parenting Board']);
    expect(within(november).getByText('Cancelled')).toBeInTheDocument();
    expect(within(november).getByText(/13 November 2023, 6:30pm, Conference room 2/)).toBeInTheDocument();
    expect(within(november).getByText(/11 agenda items/)).toBeInTheDocument();

    const upcoming = screen.getByRole('heading', { level: 2, name: 'Upcoming meetings' }).closest('section')!;
    expect(within(upcoming).getByRole('link', { name: 'Corporate Parenting Board' })).toHaveAttribute('href', '/meetings/9');

    expect(screen.getByRole('link', { name: 'Subscribe to these meetings in your calendar' })).toHaveAttribute('href', '/api/v1/meetings/calendar.ics?authority=E08000030');
    expect(screen.queryByRole('link', { name: 'Add a meeting' })).not.toBeInTheDocument();
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
    expect(new URL(requests.find((r) => r.url.includes('/meetings'))!.url).searchParams.get('authority')).toBe('E08000030');
  });

  it('offers the authority’s officers to add a meeting', async () => {
    renderRoutes([{ path: '/meetings', element: <MeetingsPage /> }], {
      path: '/meetings?authority=E08000030',
      responses: { ...responses, 'GET /api/v1/me': { status: 200, body: fixture('Me') } },
    });
    expect(await screen.findByRole('link', { name: 'Add a meeting' })).toHaveAttribute('href', '/meetings/new?authority=E08000030');
  });
});
