import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { AttendanceFormPage } from './AttendanceFormPage';

function renderForm(responses: FakeResponses) {
  return renderRoutes(
    [
      { path: '/meetings/:id/attendance', element: <AttendanceFormPage /> },
      { path: '/meetings/:id', element: <h1>The meeting</h1> },
    ],
    { path: '/meetings/3/attendance', responses: { 'GET /api/v1/boards': { status: 200, body: { items: [fixture('Board')] } }, ...responses } },
  );
}

const november = fixture('Meeting', { id: 3, date: '2023-11-13', status: 'held', attendance: [], minutesApprovedBy: null });

describe('AttendanceFormPage', () => {
  it('starts from the board’s members, records apologies and a substitute, and saves the whole record quoting the meeting’s version', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm({
      'GET /api/v1/meetings/3': { status: 200, body: november, headers: { ETag: '"4"' } },
      'PUT /api/v1/meetings/3/attendance': { status: 200, body: november },
    });
    const latham = (await screen.findByRole('group', { name: 'Person 2: Councillor Latham' })) as HTMLElement;
    expect(screen.getByRole('group', { name: 'Person 1: Councillor S. Elson' })).toBeInTheDocument();
    await user.selectOptions(within(latham).getByLabelText('Present?'), 'apologies');
    await user.click(screen.getByRole('button', { name: 'Remove person 3: A young person from the Children in Care Council' }));

    await user.click(screen.getByRole('button', { name: 'Add another person' }));
    const substitute = screen.getByRole('group', { name: 'Person 3' });
    await fill(user, within(substitute).getByLabelText('Name'), 'Councillor A. Nawaz');
    await user.selectOptions(within(screen.getByRole('group', { name: 'Person 3: Councillor A. Nawaz' })).getByLabelText('Attended as'), 'substitute');
    const row = screen.getByRole('group', { name: 'Person 3: Councillor A. Nawaz' });
    await fill(user, within(row).getByLabelText('Substituted for'), 'Councillor Latham');
    await user.click(within(row).getByLabelText('Has a vote'));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.clone().json()).toEqual({
      entries: [
        { name: 'Councillor S. Elson', capacity: 'member', presence: 'present', substituteFor: null, roleTitle: 'Chair', voting: true, boardMember: 11 },
        { name: 'Councillor Latham', capacity: 'member', presence: 'apologies', substituteFor: null, roleTitle: null, voting: true, boardMember: 12 },
        { name: 'Councillor A. Nawaz', capacity: 'substitute', presence: 'present', substituteFor: 'Councillor Latham', roleTitle: null, voting: true, boardMember: null },
      ],
    });
  });

  it('links each refused entry from the error summary to its own field', async () => {
    const user = userEvent.setup();
    renderForm({
      'GET /api/v1/meetings/3': { status: 200, body: fixture('Meeting', { id: 3 }), headers: { ETag: '"4"' } },
      'PUT /api/v1/meetings/3/attendance': {
        status: 400,
        body: fixture('Problem', { status: 400, title: 'Invalid attendance', errors: [{ field: 'entries[2].substituteFor', rule: 'required', message: 'Say whose place the substitute took' }] }),
      },
    });
    const substitute = (await screen.findByRole('group', { name: 'Person 3: Councillor A. Nawaz' })) as HTMLElement;
    await user.clear(within(substitute).getByLabelText('Substituted for'));
    await user.click(screen.getByRole('button', { name: 'Save attendance' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Say whose place the substitute took' })).toHaveAttribute('href', '#entries[2].substituteFor');
    expect(within(substitute).getByLabelText('Substituted for')).toHaveAccessibleDescription('The member whose place they took Error: Say whose place the substitute took');
  });
});
