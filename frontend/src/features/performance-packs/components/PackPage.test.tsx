import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { PackPage } from './PackPage';

const draft = fixture('PerformancePack');
const withCommentary = (text: string) => {
  const pack = fixture('PerformancePack', { version: 3 });
  pack.content.priorities[0]!.indicators[0]!.commentary = text;
  return pack;
};
const frozen = fixture('PerformancePack', {
  status: 'frozen',
  frozenAt: '2026-12-01T10:00:00Z',
  frozenBy: 'officer.walsall',
  contentSha256: 'a'.repeat(64),
  presentedAt: { meetingId: 3, meetingDate: '2023-11-13', agendaItemId: 211, agendaItemNumber: '11' },
});

const page = (responses: FakeResponses) =>
  renderRoutes([{ path: '/performance-packs/:id', element: <PackPage /> }], {
    path: '/performance-packs/5',
    responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me') }, ...responses },
  });

describe('PackPage', () => {
  it('shows a draft’s scorecard by priority, RAG in words and colour, the trend as a table, exceptions and young people’s words', async () => {
    page({ 'GET /api/v1/performance-packs/5': { status: 200, body: draft, headers: { ETag: '"2"' } } });
    expect(await screen.findByRole('heading', { level: 1, name: draft.title })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
    const scorecard = screen.getByRole('table', { name: 'Health and Wellbeing: the scorecard' });
    const [row] = within(scorecard).getAllByRole('row').slice(1);
    expect(within(row!).getByRole('rowheader')).toHaveTextContent('Annual dental checks');
    expect(within(row!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2022-23',
      '88%',
      '90%',
      '! Amber88% is below the target of 90% but within the 5-point tolerance',
      '▶ Stable',
      '91%',
      '–',
      '–',
    ]);
    expect(within(row!).getByText('Amber').closest('.govuk-tag')).toHaveClass('govuk-tag--yellow');
    const trend = screen.getByRole('table', { name: 'Trend: Annual dental checks' });
    expect(within(trend).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['2020-21', '2021-22', '2022-23']);
    expect(screen.getByRole('heading', { name: 'Getting worse' }).nextElementSibling).toHaveTextContent('Annual dental checks: Down from 90% to 88%');
    expect(screen.getByRole('table', { name: 'Overdue actions' })).toHaveTextContent('at-risk');
    expect(screen.getByRole('heading', { level: 3, name: '“Help us to understand what our carers can agree to”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Download as PDF/ })).toHaveAttribute('href', '/api/v1/performance-packs/5/render?format=pdf');
    expect(screen.queryByRole('heading', { name: 'What has changed since' })).not.toBeInTheDocument();
  });

  it('saves an indicator’s commentary quoting the pack as shown, and the next quotes the pack as read again', async () => {
    const user = userEvent.setup();
    const { requests } = page({
      'GET /api/v1/performance-packs/5': [
        { status: 200, body: draft, headers: { ETag: '"2"' } },
        { status: 200, body: withCommentary('Checks resumed after the pandemic.'), headers: { ETag: '"3"' } },
      ],
      'PUT /api/v1/performance-packs/5/commentary/HLTH_DENTAL': { status: 200, body: withCommentary('Checks resumed after the pandemic.') },
    });
    await fill(user, await screen.findByLabelText('Commentary on Annual dental checks'), 'Checks resumed after the pandemic.');
    await user.click(screen.getByRole('button', { name: 'Save commentary on Annual dental checks' }));
    expect(await screen.findByText('Commentary saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save commentary on Annual dental checks' }));
    await vi.waitFor(() => expect(requests.filter((r) => r.method === 'PUT')).toHaveLength(2));
    const puts = requests.filter((r) => r.method === 'PUT');
    expect(await puts[0]!.clone().json()).toEqual({ text: 'Checks resumed after the pandemic.' });
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
  });

  it('shows both commentaries when somebody else changed the pack first', async () => {
    const user = userEvent.setup();
    page({
      'GET /api/v1/performance-packs/5': [
        { status: 200, body: draft, headers: { ETag: '"2"' } },
        { status: 200, body: withCommentary('Theirs'), headers: { ETag: '"3"' } },
      ],
      'PUT /api/v1/performance-packs/5/commentary/HLTH_DENTAL': { status: 412, body: fixture('Problem') },
    });
    await fill(user, await screen.findByLabelText('Commentary on Annual dental checks'), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save commentary on Annual dental checks' }));
    const table = await screen.findByRole('table', { name: 'The saved version and yours' });
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Theirs', 'Mine']);
    await user.click(screen.getByRole('button', { name: 'Keep the saved version' }));
    expect(screen.getByLabelText('Commentary on Annual dental checks')).toHaveValue('Theirs');
  });

  it('freezes the pack as presented to a meeting and agenda item of the authority’s', async () => {
    const user = userEvent.setup();
    const { requests } = page({
      'GET /api/v1/performance-packs/5': [
        { status: 200, body: draft, headers: { ETag: '"2"' } },
        { status: 200, body: frozen, headers: { ETag: '"3"' } },
      ],
      'GET /api/v1/meetings': { status: 200, body: fixture('MeetingList', { items: [fixture('MeetingSummary'), fixture('MeetingSummary', { id: 5, status: 'cancelled', date: '2023-11-27' })] }) },
      'GET /api/v1/meetings/2': { status: 200, body: fixture('Meeting') },
      'POST /api/v1/performance-packs/5/freeze': { status: 200, body: frozen },
      'GET /api/v1/performance-packs/5/changes': { status: 200, body: fixture('PackChangeList') },
    });
    const meeting = await screen.findByLabelText('Meeting it is presented to');
    await within(meeting).findByRole('option', { name: '4 September 2023: Corporate Parenting Board' });
    expect(within(meeting).getAllByRole('option').map((option) => option.textContent)).toEqual(['Not presented to a meeting', '4 September 2023: Corporate Parenting Board']);
    await user.selectOptions(meeting, '2');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Agenda item' }), await screen.findByRole('option', { name: '11. Quarterly Performance Report' }));
    await user.click(screen.getByRole('button', { name: 'Freeze as presented' }));

    expect(await screen.findByText('Frozen on 1 December 2026: this is the pack as the board saw it.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"2"');
    expect(await post.clone().json()).toEqual({ meetingId: 2, agendaItemId: 211 });
  });

  it('shows a frozen pack’s SHA-256, its commentary as text and what has changed since, in words', async () => {
    page({
      'GET /api/v1/performance-packs/5': { status: 200, body: { ...frozen, content: withCommentary('Checks resumed.').content }, headers: { ETag: '"3"' } },
      'GET /api/v1/performance-packs/5/changes': { status: 200, body: fixture('PackChangeList') },
    });
    expect(await screen.findByText('a'.repeat(64))).toBeInTheDocument();
    expect(screen.getByText('Frozen as presented')).toBeInTheDocument();
    expect(screen.getByText(/by officer.walsall/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '13 November 2023' })).toHaveAttribute('href', '/meetings/3');
    expect(screen.getByText('Checks resumed.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Freeze as presented' })).not.toBeInTheDocument();

    const changes = await screen.findByRole('table', { name: /Changes to the figures/ });
    expect(within(changes).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['What changed', 'Indicator', 'Period', 'Before', 'After', 'In words']);
    const rows = within(changes).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Figure revised');
    expect(rows[0]).toHaveTextContent('The figure for 2022-23 was revised from 88% to 91%.');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('RAG changed');
  });

  it('writes a snapshot indicator’s period as the day it was taken, in the scorecard, the indicator’s line and its trend', async () => {
    const pack = fixture('PerformancePack');
    const indicator = pack.content.priorities[0]!.indicators[0]!;
    indicator.period = '2023-03-31';
    indicator.trend = [
      { period: '2022-03-31', display: '86%' },
      { period: '2023-03-31', display: '88%' },
    ];
    page({ 'GET /api/v1/performance-packs/5': { status: 200, body: pack, headers: { ETag: '"2"' } } });
    const scorecard = await screen.findByRole('table', { name: 'Health and Wellbeing: the scorecard' });
    expect(within(within(scorecard).getAllByRole('row')[1]!).getAllByRole('cell')[0]).toHaveTextContent(/^at 31 March 2023$/);
    expect(screen.getByText(/^At 31 March 2023:/)).toHaveTextContent('88%, target 90%');
    const trend = screen.getByRole('table', { name: 'Trend: Annual dental checks' });
    expect(within(trend).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['at 31 March 2022', 'at 31 March 2023']);
  });

  it('lets a board member read a draft without writing on it', async () => {
    page({
      'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) },
      'GET /api/v1/performance-packs/5': { status: 200, body: draft, headers: { ETag: '"2"' } },
    });
    expect(await screen.findByRole('heading', { level: 1, name: draft.title })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Freeze as presented' })).not.toBeInTheDocument();
  });
});
