import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { DashboardPage } from './DashboardPage';

const me = { 'GET /api/v1/me': { status: 200, body: fixture('Me') } };

function render(dashboard = fixture('Dashboard'), path = '/') {
  return renderRoutes([{ path: '/', element: <DashboardPage /> }], { path, responses: { ...me, 'GET /api/v1/dashboard': { status: 200, body: dashboard } } });
}

const section = async (name: RegExp) => (await screen.findByRole('heading', { level: 2, name })).closest('section')!;

describe('DashboardPage', () => {
  it('says what it is as at, and for which year, for the signed-in person’s authority', async () => {
    const { requests } = render();
    expect(await screen.findByRole('heading', { level: 1, name: 'What needs attention' })).toBeInTheDocument();
    expect(screen.getByText(/As at 3 December 2026\. The scorecard is for 2022-23/)).toBeInTheDocument();
    expect(new URL(requests.at(-1)!.url).searchParams.get('authority')).toBe('E08000030');
    expect(document.title).toBe('Home – Promise');
  });

  it('counts the scorecard by RAG and names the reds and ambers, each a link to its indicator', async () => {
    render();
    const scorecard = await section(/Scorecard 2022-23/);
    expect(within(scorecard).getByTestId('rag-summary')).toHaveTextContent('1 red, 1 amber, 2 green and 3 without a RAG rating.');
    const attention = within(scorecard).getByRole('list', { name: 'Red and amber indicators' });
    expect(within(attention).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/indicators/CLA_RATE', '/indicators/HLTH_DENTAL']);
    expect(within(scorecard).getByRole('list', { name: 'Indicators that got worse' })).toHaveTextContent('Children in care for every 10,000 children');
    expect(within(scorecard).getByRole('link', { name: 'See the whole scorecard' })).toHaveAttribute('href', '/scorecard?area=E08000030&period=2022-23');
  });

  it('shows the next meeting’s agenda, private items marked', async () => {
    render();
    const meeting = await section(/Next meeting/);
    expect(within(meeting).getByRole('link', { name: 'Corporate Parenting Board, 20 January 2027' })).toHaveAttribute('href', '/meetings/4');
    const agenda = within(meeting).getByRole('list', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Quarterly performance report ', 'Placement of a named child Private']);
  });

  it('lists overdue items with owner and how late, questions and actions, each linked to where a person acts', async () => {
    render();
    const overdue = await section(/Overdue action plan items \(1\)/);
    const row = within(overdue).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/action-items/101');
    expect(row).toHaveTextContent("Children's Champion / Head of Service");
    expect(row).toHaveTextContent('31 March 2024');
    expect(row).toHaveTextContent('977 days');
    expect(within(overdue).getByRole('link', { name: 'See the 1 overdue item in the 2023-24 plan' })).toHaveAttribute('href', '/action-plans?authority=E08000030&plan=7&overdue=true');
    const questions = await section(/Board questions waiting for an answer \(1\)/);
    expect(within(questions).getByRole('link', { name: 'When will the training dates be agreed?' })).toHaveAttribute('href', '/action-items/101');
    const actions = await section(/Open actions from the board’s meetings \(2\)|Open actions from the board's meetings \(2\)/);
    expect(actions).toHaveTextContent('2 actions are open, 1 of them late.');
    expect(within(actions).getByRole('link', { name: 'Bring the university offer to the next meeting' })).toHaveAttribute('href', '/actions-arising/31');
    expect(actions).toHaveTextContent('No owner named, no due date');
  });

  it('gives officers the figures due, with a link to enter each, and the data warnings', async () => {
    render();
    const due = await section(/Figures due by 20 January 2027 \(1\)/);
    expect(within(due).getByRole('link', { name: /Enter the figure for 2023-24/ })).toHaveAttribute(
      'href',
      '/indicators/HLTH_DENTAL/value?area=E08000030&period=2023-24',
    );
    expect(due).toHaveTextContent('Out of date: 3 periods missing');
    const warnings = await section(/Data warnings \(2\)/);
    expect(within(warnings).getByRole('link', { name: 'Check the data' })).toHaveAttribute('href', '/data-checks?authority=E08000030');
  });

  it('leaves out the officers’ parts for a board member, and says what an outsider sees', async () => {
    render(fixture('Dashboard', { view: 'public', figuresDue: null, dataWarnings: null, nextMeeting: null, scorecard: null, period: null, overdueActionItems: [], unansweredQuestions: [], actionsArising: { open: 0, late: 0, items: [] } }));
    expect(await screen.findByText(/You see what Walsall publishes:/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Figures due/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Data warnings/ })).not.toBeInTheDocument();
    expect(screen.getByText('There are no figures to show yet.')).toBeInTheDocument();
    expect(screen.getByText('No meeting is planned yet.')).toBeInTheDocument();
    expect(screen.getByText('No action plan item is overdue.')).toBeInTheDocument();
    expect(screen.getByText('Every question the board asked has an answer.')).toBeInTheDocument();
  });

  it('reads the authority in the address, so that a link can be shared', async () => {
    const { requests } = render(fixture('Dashboard', { authority: 'E08000027', authorityName: 'Dudley' }), '/?authority=E08000027');
    expect(await screen.findByText('Dudley')).toBeInTheDocument();
    expect(new URL(requests.find((r) => r.url.includes('/dashboard'))!.url).searchParams.get('authority')).toBe('E08000027');
  });
});
