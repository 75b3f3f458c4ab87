import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { WorkProgrammePage } from './WorkProgrammePage';

describe('WorkProgrammePage', () => {
  it('lays the year out by meeting, with each move as history, what is due next and what is late, without signing in', async () => {
    const programme = fixture('WorkProgramme');
    const strategy = programme.meetings[2]!.items[0]!;
    const { requests } = renderRoutes([{ path: '/work-programme', element: <WorkProgrammePage /> }], {
      path: '/work-programme?authority=E08000030&year=2023',
      session: fakeSession(false),
      responses: {
        'GET /api/v1/areas': { status: 200, body: { items: [fixture('Area', { publishesScorecard: undefined })] } },
        'GET /api/v1/work-programme': { status: 200, body: { ...programme, late: [strategy], dueAtNextMeeting: [] } },
      },
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'Walsall, 2023/24' })).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Work programme 2023/24, by meeting' });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '3 July 2023Minutes approved',
      '4 September 2023Minutes approved',
      '13 November 2023Held',
      '9 January 2024Scheduled',
      '3 April 2024Scheduled',
    ]);
    expect(within(rows[0]!).getByText('Nothing planned')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Late')).toBeInTheDocument();
    expect(within(rows[4]!).getByText('Virtual School Annual Report')).toBeInTheDocument();
    expect(
      within(rows[4]!).getByText(
        'Moved from 9 January 2024 to 3 April 2024: The Virtual School Annual report would be moved to April, by resolution 12 of 4 September 2023',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 item is late/)).toBeInTheDocument();
    const next = screen.getByRole('heading', { level: 3, name: /Due at the next meeting/ });
    expect(within(next).getByRole('link', { name: '9 January 2024' })).toHaveAttribute('href', '/meetings/4');
    expect(new URL(requests.find((r) => r.url.includes('/work-programme'))!.url).searchParams.get('year')).toBe('2023');
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });
});
