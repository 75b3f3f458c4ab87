import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill, fillDate } from '@/testing/fill';
import { renderRoutes } from '@/testing/render';
import { ResolutionFormPage } from './ResolutionFormPage';

const july = fixture('MeetingSummary', { id: 1, date: '2023-07-03' });
const september = fixture('MeetingSummary');
const november = fixture('Meeting', { id: 3, date: '2023-11-13', status: 'held', minutesApprovedBy: null });

function renderForm() {
  return renderRoutes(
    [
      { path: '/meetings/:id/items/:itemId/resolutions/new', element: <ResolutionFormPage /> },
      { path: '/meetings/:id', element: <h1>The meeting</h1> },
    ],
    {
      path: '/meetings/3/items/211/resolutions/new',
      responses: {
        'GET /api/v1/meetings/3': { status: 200, body: november },
        'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList', { items: [july, september, fixture('MeetingSummary', { id: 3, date: '2023-11-13' })] }) },
        'GET /api/v1/work-programme': { status: 200, body: fixture('WorkProgramme') },
        'POST /api/v1/agenda-items/211/resolutions': { status: 201, body: fixture('Resolution') },
      },
    },
  );
}

describe('ResolutionFormPage', () => {
  it('records a resolution with the action it creates and the work programme item it moves, in one save', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm();
    await user.click(await screen.findByLabelText('Resolved that'));
    await user.paste('The Virtual School Annual report would be moved to April.');
    await user.click(screen.getByLabelText('Changes the work programme'));

    await user.click(screen.getByRole('button', { name: 'Add an action arising' }));
    const action = screen.getByRole('group', { name: 'Action 1' });
    await fill(user, within(action).getByLabelText('What is to be done'), 'Share the number of care leavers at university');
    await fill(user, within(action).getByLabelText('Who will do it'), 'Head of the Virtual School');
    await fillDate(user, within(action).getByRole('group', { name: 'Due by' }), '2024-01-09');

    await user.click(screen.getByRole('button', { name: 'Move a work programme item' }));
    const move = screen.getByRole('group', { name: 'Move 1' });
    await user.selectOptions(within(move).getByLabelText('Work programme item'), '61');
    await user.selectOptions(within(move).getByLabelText('Move to'), '4');
    await fill(user, within(move).getByLabelText('Reason'), 'The report will be ready in January');
    await user.click(screen.getByRole('button', { name: 'Save resolution' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      number: null,
      text: 'The Virtual School Annual report would be moved to April.',
      kind: 'change-work-programme',
      vote: 'unanimous',
      votesFor: null,
      votesAgainst: null,
      abstentions: null,
      approvesMeeting: null,
      approvesMinutesOf: null,
      notesReport: null,
      actions: [{ description: 'Share the number of care leavers at university', owner: 'Head of the Virtual School', dueDate: '2024-01-09' }],
      workProgrammeMoves: [{ item: 61, toMeeting: 4, reason: 'The report will be ready in January' }],
      workProgrammeAdditions: [],
    });
    expect(new URL(requests.find((r) => r.url.includes('/work-programme'))!.url).searchParams.get('year')).toBe('2023');
  });

  it('approves the minutes of the board’s previous meeting unless told otherwise, with the vote as recorded', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm();
    await user.click(await screen.findByLabelText('Approves the minutes of an earlier meeting'));
    expect(screen.getByLabelText('Minutes of the meeting approved')).toHaveDisplayValue('4 September 2023: Corporate Parenting Board');
    await user.click(screen.getByLabelText('Resolved that'));
    await user.paste('That the minutes of the meeting held on 4 September 2023 be approved as a correct record.');
    await user.click(screen.getByLabelText('Votes recorded (for, against, abstentions)'));
    await fill(user, screen.getByLabelText('For'), '5');
    await fill(user, screen.getByLabelText('Against'), '0');
    await fill(user, screen.getByLabelText('Abstentions'), '1');
    await user.click(screen.getByRole('button', { name: 'Save resolution' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toMatchObject({ kind: 'approve-minutes', approvesMeeting: 2, approvesMinutesOf: '2023-09-04', vote: 'recorded', votesFor: 5, votesAgainst: 0, abstentions: 1 });
  });
});
