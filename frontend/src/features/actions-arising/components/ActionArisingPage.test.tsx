import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fill } from '@/testing/fill';
import { fixture } from '@/testing/fixtures';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { ActionArisingPage } from './ActionArisingPage';

const action = fixture('ActionArising');

function renderAction(responses: FakeResponses, me = fixture('Me')) {
  return renderRoutes([{ path: '/actions-arising/:id', element: <ActionArisingPage /> }], {
    path: '/actions-arising/41',
    responses: { 'GET /api/v1/me': { status: 200, body: me }, 'GET /api/v1/actions-arising/41': { status: 200, body: action, headers: { ETag: '"0"' } }, ...responses },
  });
}

describe('ActionArisingPage', () => {
  it('closes an action with its evidence, quoting the version it showed, and shows what the service refused beside the field', async () => {
    const user = userEvent.setup();
    const refused = fixture('Problem', { status: 400, title: 'Invalid action', errors: [
      { field: 'closedOn', rule: 'type', message: 'Closed on must be a date (YYYY-MM-DD)' },
      { field: 'evidence', rule: 'required', message: 'Say what shows the action was done' },
    ] });
    const closed = { ...action, status: 'done' as const, late: false, daysLate: null, evidence: 'Shared by e-mail on 2 October 2023', closedOn: '2023-10-02', version: 1 };
    const { requests } = renderAction({ 'PUT /api/v1/actions-arising/41': [{ status: 400, body: refused }, { status: 200, body: closed }] });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(action.description);
    expect(screen.getByText(/The number of care leavers at university will be shared/)).toBeInTheDocument();
    await user.click(screen.getByLabelText('Done'));
    const closedOn = screen.getByRole('group', { name: 'Date closed' });
    await fill(user, within(closedOn).getByLabelText('Day'), '2');
    await fill(user, within(closedOn).getByLabelText('Month'), '10');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Say what shows the action was done' })).toHaveAttribute('href', '#evidence');
    // The half-typed date went to the API as typed, and its refusal is worded as GOV.UK words a date's.
    expect(await requests.find((r) => r.method === 'PUT')!.clone().json()).toMatchObject({ closedOn: '-10-02' });
    expect(within(summary).getByRole('link', { name: 'Date closed must include a year' })).toHaveAttribute('href', '#closedOn-year');
    expect(within(closedOn).getByLabelText('Year')).toHaveClass('govuk-input--error');

    await user.click(screen.getByLabelText('Evidence'));
    await user.paste('Shared by e-mail on 2 October 2023');
    await fill(user, within(closedOn).getByLabelText('Year'), '2023');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(await screen.findByText('Action saved: now done')).toBeInTheDocument();
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"0"', '"0"']);
    expect(await puts[1]!.clone().json()).toEqual({
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate,
      status: 'done',
      evidence: 'Shared by e-mail on 2 October 2023',
      closedOn: '2023-10-02',
    });
  });

  it('shows a board member the action without the form', async () => {
    renderAction({}, fixture('Me', { name: 'member.walsall', roles: ['board-member'] }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(action.description);
    expect(screen.queryByRole('button', { name: 'Save action' })).not.toBeInTheDocument();
  });
});
