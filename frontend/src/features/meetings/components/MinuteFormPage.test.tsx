import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { MinuteFormPage } from './MinuteFormPage';

const heldMeeting = fixture('Meeting', { status: 'held', minutesApprovedBy: null });
const minutesWith = (minute: ReturnType<typeof fixture<'Minute'>> | null) => {
  const minutes = fixture('MeetingMinutes', { approved: false, approvedBy: undefined });
  return { ...minutes, items: minutes.items.map((entry) => ({ ...entry, minute: minute ?? undefined, resolutions: [] })) };
};

function renderForm(responses: FakeResponses, meeting = heldMeeting) {
  return renderRoutes(
    [
      { path: '/meetings/:id/items/:itemId/minutes', element: <MinuteFormPage /> },
      { path: '/meetings/:id', element: <h1>The meeting</h1> },
    ],
    { path: '/meetings/2/items/211/minutes', responses: { 'GET /api/v1/meetings/2': { status: 200, body: meeting, headers: { ETag: '"7"' } }, ...responses } },
  );
}

const puts = (requests: Request[]) => requests.filter((r) => r.method === 'PUT');

describe('MinuteFormPage', () => {
  it('drafts the first minute without quoting a version', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm({
      'GET /api/v1/meetings/2/minutes': { status: 200, body: minutesWith(null) },
      'PUT /api/v1/agenda-items/211/minutes': { status: 200, body: fixture('Minute', { versionNo: 1 }) },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Draft the minute');
    await user.click(screen.getByLabelText('Minute'));
    await user.paste('The Interim Executive Director presented the report.');
    await user.click(screen.getByRole('button', { name: 'Save minute' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const [put] = puts(requests);
    expect(put!.headers.get('If-Match')).toBeNull();
    expect(await put!.clone().json()).toEqual({ minuteNumber: null, text: 'The Interim Executive Director presented the report.', correctionReason: null });
  });

  it('quotes the version it opened; when another officer saved a version first, shows theirs beside the officer’s and never overwrites unasked', async () => {
    const user = userEvent.setup();
    const theirs = fixture('Minute', { versionNo: 3, text: 'Their wording.', writtenBy: 'officer.b', writtenAt: '2023-09-06T10:00:00Z' });
    const { requests } = renderForm({
      'GET /api/v1/meetings/2/minutes': [{ status: 200, body: minutesWith(fixture('Minute')) }, { status: 200, body: minutesWith(theirs) }],
      'PUT /api/v1/agenda-items/211/minutes': [{ status: 412, body: fixture('Problem') }, { status: 200, body: fixture('Minute', { versionNo: 4 }) }],
    });
    const text = await screen.findByLabelText('Minute');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Change the minute');
    await user.clear(text);
    await user.click(text);
    await user.paste('My wording.');
    await user.click(screen.getByRole('button', { name: 'Save minute' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This minute was changed by officer.b at 11:00am on 6 September 2023 since you opened it');
    const versions = screen.getByRole('table', { name: 'The saved version and yours' });
    expect(within(versions).getByRole('row', { name: 'Minute Different Their wording. My wording.' })).toBeInTheDocument();
    expect(puts(requests)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Save yours over it' }));
    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    expect(puts(requests).map((put) => put.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
  });

  it('asks why, once the minutes are approved, and shows the service’s refusal beside the field', async () => {
    const user = userEvent.setup();
    const refused = fixture('Problem', { status: 400, title: 'Invalid minute', errors: [{ field: 'correctionReason', rule: 'required', message: 'Say why the approved minute is being corrected' }] });
    renderForm(
      { 'GET /api/v1/meetings/2/minutes': { status: 200, body: minutesWith(fixture('Minute')) }, 'PUT /api/v1/agenda-items/211/minutes': { status: 400, body: refused } },
      fixture('Meeting'),
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Correct the minute');
    await user.click(screen.getByRole('button', { name: 'Save minute' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Say why the approved minute is being corrected' })).toHaveAttribute('href', '#correctionReason');
    expect(screen.getByLabelText('Why is it being corrected?')).toHaveAccessibleDescription('Error: Say why the approved minute is being corrected');
  });
});
