import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes, type FakeResponses } from '@/testing/render';
import { MeetingPage } from './MeetingPage';

const meeting = fixture('Meeting');

function renderMeeting(responses: FakeResponses, signedIn = false) {
  return renderRoutes([{ path: '/meetings/:id', element: <MeetingPage /> }], {
    path: '/meetings/2',
    session: fakeSession(signedIn),
    responses: {
      'GET /api/v1/meetings/2': { status: 200, body: meeting, headers: { ETag: '"7"' } },
      'GET /api/v1/meetings/2/minutes': { status: 200, body: fixture('MeetingMinutes') },
      'GET /api/v1/meetings/2/checks': { status: 200, body: fixture('MeetingChecks') },
      ...responses,
    },
  });
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('MeetingPage', () => {
  it('shows the public when and where, the checks, the agenda with a private item’s paragraph only, who came and the approved minutes', async () => {
    const { requests } = renderMeeting({});
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Corporate Parenting Board, 4 September 2023');

    const details = screen.getByText('Venue').closest('dl')!;
    expect(within(details).getByText('6:30pm to 7:40pm')).toBeInTheDocument();
    expect(within(details).getByText('Conference room 2, Walsall Council House')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'resolution 3 of 13 November 2023' })).toHaveAttribute('href', '/meetings/3');
    expect(screen.getAllByText('Not quorate: 2 voting members present, the quorum is 3.')).toHaveLength(2);

    expect(await screen.findByText('The minutes approved are dated 3 September 2023, but the board last met on 3 July 2023.')).toBeInTheDocument();

    const agenda = section('Agenda');
    expect(within(agenda).getByRole('heading', { name: '11. Quarterly Performance Report' })).toBeInTheDocument();
    expect(within(agenda).getByRole('link', { name: 'Annual dental checks' })).toHaveAttribute('href', '/indicators/HLTH_DENTAL?area=E08000030');
    const privateItem = within(agenda).getByRole('heading', { name: '13. Placement of a child' }).closest('li')!;
    expect(within(privateItem).getByText('Private item: paragraph 2 of Schedule 12A')).toBeInTheDocument();
    expect(within(privateItem).getByText('Information which is likely to reveal the identity of an individual')).toBeInTheDocument();

    const attendance = section('Attendance');
    expect(within(attendance).getByText('Councillor S. Elson (Chair)')).toBeInTheDocument();
    expect(within(attendance).getByText('Councillor A. Nawaz substituted for Councillor Latham')).toBeInTheDocument();
    expect(within(attendance).getByRole('heading', { name: 'Apologies' }).nextElementSibling).toHaveTextContent('Councillor Latham');
    expect(within(attendance).getByText('Zoe Morgan (Head of Service)')).toBeInTheDocument();

    expect(within(section('Declarations of interest')).getByText(/non-registerable interest in item 11/)).toBeInTheDocument();

    const minutes = section('Minutes');
    expect(await within(minutes).findByText('Resolved that:')).toBeInTheDocument();
    const resolution = within(minutes).getByText(/The number of care leavers at university will be shared/).closest('li')!;
    expect(resolution).toHaveAttribute('value', '2');
    expect(within(resolution).getByRole('link', { name: 'The number of care leavers at university to be shared with Board Members' })).toHaveAttribute('href', '/actions-arising/41');
    expect(within(resolution).getByText('Open')).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'Record attendance' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Draft the minute|Change the minute/ })).not.toBeInTheDocument();
    expect(requests.every((r) => r.headers.get('Authorization') === null)).toBe(true);
  });

  it('tells the public the minutes are not yet approved when the service holds them back', async () => {
    renderMeeting({ 'GET /api/v1/meetings/2/minutes': { status: 200, body: fixture('MeetingMinutes', { approved: false, approvedBy: undefined, items: [] }) } });
    expect(await screen.findByText(/Minutes not yet approved/)).toBeInTheDocument();
    expect(screen.queryByText('Resolved that:')).not.toBeInTheDocument();
  });

  it('gives the authority’s officers the forms, and marks draft minutes as drafts', async () => {
    const draft = fixture('MeetingMinutes', { approved: false, approvedBy: undefined });
    renderMeeting({ 'GET /api/v1/me': { status: 200, body: fixture('Me') }, 'GET /api/v1/meetings/2/minutes': { status: 200, body: draft } }, true);
    expect(await screen.findByRole('link', { name: 'Record attendance' })).toHaveAttribute('href', '/meetings/2/attendance');
    expect(screen.getByRole('link', { name: 'Add an agenda item' })).toHaveAttribute('href', '/meetings/2/items/new');
    expect(screen.getByRole('link', { name: 'Add a declaration' })).toHaveAttribute('href', '/meetings/2/declarations/new');
    expect(screen.getByRole('link', { name: 'Change item 11: Quarterly Performance Report' })).toHaveAttribute('href', '/meetings/2/items/211/edit');
    expect(await screen.findByText(/Draft minutes: not yet approved/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change the minute of item 11' })).toHaveAttribute('href', '/meetings/2/items/211/minutes');
    expect(screen.getByRole('link', { name: 'Add a resolution to item 11' })).toHaveAttribute('href', '/meetings/2/items/211/resolutions/new');
  });

  it('keeps a cancelled meeting, marked cancelled with its reason', async () => {
    renderMeeting({
      'GET /api/v1/meetings/2': { status: 200, body: { ...meeting, status: 'cancelled', cancelledReason: 'Not enough members could attend', minutesApprovedBy: null } },
      'GET /api/v1/meetings/2/minutes': { status: 200, body: fixture('MeetingMinutes', { approved: false, approvedBy: undefined, items: [] }) },
    });
    expect(await screen.findByText('This meeting was cancelled: Not enough members could attend')).toBeInTheDocument();
    expect(screen.getAllByText('Cancelled').length).toBeGreaterThan(0);
  });

  it('links a paper to its report’s page', async () => {
    const [item, privateItem] = meeting.agendaItems;
    const withReport = { ...item!, papers: [{ id: 302, title: 'Appendix A', report: { id: 12, title: 'Fostering Service Annual Report 2022-2023' } }, ...item!.papers] };
    renderMeeting({ 'GET /api/v1/meetings/2': { status: 200, body: { ...meeting, agendaItems: [withReport, privateItem] } } });
    expect(await screen.findByRole('link', { name: 'Fostering Service Annual Report 2022-2023' })).toHaveAttribute('href', '/reports/12');
    expect(screen.getByText('Quarterly performance report, quarter 1')).not.toHaveAttribute('href');
  });
});
