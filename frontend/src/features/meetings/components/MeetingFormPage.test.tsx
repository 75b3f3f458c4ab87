import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill, fillDate } from '@/testing/fill';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { EditMeetingPage, NewMeetingPage } from './MeetingFormPage';

const invalid = (field: string, message: string) => ({ status: 400, body: fixture('Problem', { status: 400, title: 'Invalid meeting', errors: [{ field, rule: 'required', message }] }) });

function renderForm(path: string, responses: FakeResponses) {
  return renderRoutes(
    [
      { path: '/meetings/new', element: <NewMeetingPage /> },
      { path: '/meetings/:id/edit', element: <EditMeetingPage /> },
      { path: '/meetings/:id', element: <h1>The meeting</h1> },
    ],
    { path, responses: { 'GET /api/v1/boards': { status: 200, body: { items: [fixture('Board')] } }, ...responses } },
  );
}

describe('NewMeetingPage', () => {
  it('shows each refused field in the error summary and beside the field, then adds the meeting to the board', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm('/meetings/new?authority=E08000030', {
      'POST /api/v1/meetings': [invalid('cancelledReason', 'Say why the meeting was cancelled'), { status: 201, body: fixture('Meeting', { id: 12 }) }],
    });
    await fillDate(user, await screen.findByRole('group', { name: 'Date' }), '2024-02-12');
    await fill(user, screen.getByLabelText(/^Start time/), '17:30');
    await user.click(screen.getByLabelText('Cancelled'));
    await user.click(screen.getByRole('button', { name: 'Add meeting' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Say why the meeting was cancelled' })).toHaveAttribute('href', '#cancelledReason');
    expect(screen.getByLabelText('Why was it cancelled?')).toHaveAccessibleDescription('Error: Say why the meeting was cancelled');
    expect(document.title).toMatch(/^Error: Add a meeting/);

    await fill(user, screen.getByLabelText('Why was it cancelled?'), 'Too few members could attend');
    await user.click(screen.getByRole('button', { name: 'Add meeting' }));
    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(await posts[1]!.clone().json()).toEqual({
      board: 1,
      kind: 'committee',
      title: 'Corporate Parenting Board',
      date: '2024-02-12',
      startTime: '17:30',
      closeTime: null,
      venue: null,
      livestreamUrl: null,
      status: 'cancelled',
      cancelledReason: 'Too few members could attend',
      agendaPublishedOn: null,
      nextMeetingDate: null,
    });
  });

  it('shows every error of one answer at once, in the summary and beside each field: a date, a blank field and a rule', async () => {
    const user = userEvent.setup();
    const errors = [
      { field: 'cancelledReason', rule: 'required', message: 'Say why the meeting was cancelled' },
      { field: 'date', rule: 'type', message: "Date must be a real calendar date ('2024-02-31' is not)" },
      { field: 'title', rule: 'required', message: 'Enter the title' },
    ];
    const { requests } = renderForm('/meetings/new?authority=E08000030', {
      'POST /api/v1/meetings': { status: 400, body: fixture('Problem', { status: 400, title: 'The request is not valid', errors }) },
    });
    const date = await screen.findByRole('group', { name: 'Date' });
    await fillDate(user, date, '2024-02-31');
    await user.clear(screen.getByLabelText('Title'));
    await user.click(screen.getByLabelText('Cancelled'));
    await user.click(screen.getByRole('button', { name: 'Add meeting' }));

    const summary = await screen.findByRole('alert');
    // In the order of the fields on the form, not the service's order (by field name).
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the title', '#title'],
      ['Date must be a real date', '#date-day'],
      ['Say why the meeting was cancelled', '#cancelledReason'],
    ]);
    expect(screen.getByLabelText('Why was it cancelled?')).toHaveAccessibleDescription('Error: Say why the meeting was cancelled');
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('Error: Enter the title');
    expect(within(date).getByText(/Date must be a real date/)).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('never offers to mark minutes approved: a resolution at a later meeting does that', async () => {
    renderForm('/meetings/new?authority=E08000030', {});
    expect(await screen.findByLabelText('Held')).toBeInTheDocument();
    expect(screen.queryByLabelText('Minutes approved')).not.toBeInTheDocument();
  });
});

describe('EditMeetingPage', () => {
  it('saves quoting the version it opened with; when somebody saved first, shows both and keeps theirs if asked', async () => {
    const user = userEvent.setup();
    const meeting = fixture('Meeting', { status: 'held', minutesApprovedBy: null });
    const { requests } = renderForm('/meetings/2/edit', {
      'GET /api/v1/meetings/2': [
        { status: 200, body: meeting, headers: { ETag: '"7"' } },
        { status: 200, body: { ...meeting, venue: 'The TLC Hub', version: 8 }, headers: { ETag: '"8"' } },
      ],
      'PUT /api/v1/meetings/2': [{ status: 412, body: fixture('Problem') }, { status: 200, body: meeting }],
    });
    const venue = await screen.findByLabelText(/^Venue/);
    await user.clear(venue);
    await fill(user, venue, 'Council Chamber');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This meeting was changed since you opened it');
    const versions = screen.getByRole('table', { name: 'The saved version and yours' });
    expect(within(versions).getByRole('row', { name: 'Venue Different The TLC Hub Council Chamber' })).toBeInTheDocument();
    // Dates read as people write them, not as the form holds them.
    expect(within(versions).getByRole('row', { name: /^Date .*4 September 2023.*4 September 2023$/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Keep the saved version' }));
    expect(screen.getByLabelText(/^Venue/)).toHaveValue('The TLC Hub');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PUT').map((put) => put.headers.get('If-Match'))).toEqual(['"7"', '"8"']);
  });
});

describe('a meeting’s forms for somebody who may not keep the board’s record', () => {
  const boardMember = { status: 200, body: fixture('Me', { roles: ['board-member'] }) };

  it('tells a board member at once that adding a meeting is for officers, instead of showing the form', async () => {
    const { requests } = renderForm('/meetings/new?authority=E08000030', { 'GET /api/v1/me': boardMember });
    expect(await screen.findByText(/Only the council’s officers and administrators keep the board’s record/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Add a meeting' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to meetings' })).toHaveAttribute('href', '/meetings?authority=E08000030');
    expect(screen.queryByRole('button', { name: 'Add meeting' })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('tells an officer of another council, once the meeting names its authority, and leads back to the meeting', async () => {
    renderForm('/meetings/2/edit', {
      'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['officer'], authorities: [{ code: 'E08000028', name: 'Sandwell' }] }) },
      'GET /api/v1/meetings/2': { status: 200, body: fixture('Meeting'), headers: { ETag: '"7"' } },
    });
    expect(await screen.findByText(/Only the council’s officers and administrators keep the board’s record/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the meeting' })).toHaveAttribute('href', '/meetings/2');
    expect(screen.queryByRole('button', { name: 'Save meeting' })).not.toBeInTheDocument();
  });
});
