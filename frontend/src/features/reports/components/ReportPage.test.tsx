import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fakeSession, renderRoutes } from '@/testing/render';
import { ReportPage } from './ReportPage';
import { ReportVersionPage } from './ReportVersionPage';

const report = fixture('Report');
const versions = fixture('ReportVersionList');
const draft = fixture('Report', { status: 'draft', documentVersion: 0, publishedAt: null, presentedAt: [], decisions: [] });

const page = (overrides = {}, session = fakeSession(true)) =>
  renderRoutes([{ path: '/reports/:id', element: <ReportPage /> }, { path: '/reports/:id/versions/:number', element: <ReportVersionPage /> }], {
    path: '/reports/12',
    session,
    responses: {
      'GET /api/v1/reports/12': { status: 200, body: report, headers: { ETag: '"3"' } },
      'GET /api/v1/reports/12/versions': { status: 200, body: versions },
      ...overrides,
    },
  });

afterEach(() => vi.unstubAllGlobals());

describe('ReportPage', () => {
  it('shows anyone the front sheet, the recommendations with the board’s decisions, and the sections with real tables', async () => {
    page({}, fakeSession(false));
    expect(await screen.findByRole('heading', { level: 1, name: report.title })).toBeInTheDocument();
    const facts = screen.getAllByRole('term').map((term) => term.textContent);
    expect(facts).toEqual(['Type', 'Period covered', 'Author', 'Contact officer', 'Status', 'Version', 'Presented at']);
    expect(screen.getByText('Presented to the board')).toBeInTheDocument();
    expect(screen.getByText(/Version 2, published/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Corporate Parenting Board, 13 November 2023' })).toHaveAttribute('href', '/meetings/3');

    const recommendations = screen.getByRole('heading', { name: 'Recommendations' }).closest('section')!;
    const [first, second] = within(recommendations).getAllByRole('listitem');
    expect(first).toHaveTextContent('That the Fostering Service Annual Report be noted');
    expect(first).toHaveTextContent("The board's decision: Noted on 13 November 2023");
    expect(second).not.toHaveTextContent("board's decision");
    expect(screen.queryByRole('link', { name: /Record the board's decision/ })).not.toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 2, name: '4.6. Foster carers' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Table: foster carer households by type' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Type of household', '2021-22', '2022-23']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Mainstream', 'Connected']);
    expect(within(table).getAllByRole('rowheader')[0]).toHaveAttribute('scope', 'row');
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['120', '114', '40', '-']);

    expect(screen.getByText('88%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'More about Annual dental checks' })).toHaveAttribute('href', '/indicators/HLTH_DENTAL');
    expect(screen.getByText(/Care leavers in education, employment or training \(2022-23\)/)).toHaveTextContent('withheld');
    expect(screen.getByText('Not published yet')).toBeInTheDocument();
    // A figure the reader may not read names no indicator page they cannot open.
    expect(screen.getByText(/Conversion of enquiries to approval \(2022-23\)/)).toHaveTextContent('withheld');
    expect(screen.queryByRole('link', { name: /More about Conversion/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: '“Help us to understand what our carers can agree to”' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'For children and young people' })).toBeInTheDocument();
  });

  it('writes a cited snapshot’s period as the day it was taken, and a year as the board writes it', async () => {
    const snapshot = fixture('Report');
    const figures = (snapshot.sections ?? []).flatMap((section) => section.blocks).filter((block) => block.kind === 'figure');
    figures[0]!.period = '2023-03-31';
    page({ 'GET /api/v1/reports/12': { status: 200, body: snapshot, headers: { ETag: '"3"' } } });
    expect(await screen.findByText(/Annual dental checks \(at 31 March 2023\)/)).toHaveTextContent('88%');
    expect(screen.getByText(/Care leavers in education, employment or training \(2022-23\)/)).toBeInTheDocument();
    expect(screen.queryByText(/2023-03-31/)).not.toBeInTheDocument();
  });

  it('lists the versions, opening an earlier one as it was published', async () => {
    const user = userEvent.setup();
    page({ 'GET /api/v1/reports/12/versions/1': { status: 200, body: fixture('ReportVersion', { title: 'Fostering Service Annual Report 2022-23 (first)' }) } }, fakeSession(false));
    const versionsTable = await screen.findByRole('table', { name: 'Versions of this report' });
    expect(within(versionsTable).getByText('Version 2 (this one)')).toBeInTheDocument();
    expect(within(versionsTable).getByText('The table of households was corrected')).toBeInTheDocument();
    expect(within(versionsTable).queryByRole('columnheader', { name: 'By' })).not.toBeInTheDocument();
    await user.click(within(versionsTable).getByRole('link', { name: 'Version 1' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fostering Service Annual Report 2022-23 (first)' })).toBeInTheDocument();
    expect(screen.getByText('This is version 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the current version' })).toHaveAttribute('href', '/reports/12');
    expect(screen.getByRole('link', { name: /Download as PDF/ })).toHaveAttribute('href', '/api/v1/reports/12/render?format=pdf&version=1');
  });

  it('downloads the PDF with the sign-in, under the name the service gives', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((file: Blob) => `blob:${file.size}`);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const fetched: Request[] = [];
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      fetched.push(new Request(new URL(input, 'http://promise.test'), init));
      return new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="fostering-2022-23.pdf"' } });
    });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    page();
    const link = await screen.findByRole('link', { name: /Download as PDF/ });
    expect(link).toHaveAttribute('href', '/api/v1/reports/12/render?format=pdf');
    expect(screen.getByRole('link', { name: 'Download the child-friendly version (PDF)' })).toHaveAttribute('href', '/api/v1/reports/12/render?format=pdf&edition=child-friendly');
    await user.click(link);
    await vi.waitFor(() => expect(clicks).toEqual(['fostering-2022-23.pdf']));
    expect(fetched.map((request) => [new URL(request.url).pathname + new URL(request.url).search, request.headers.get('Authorization')])).toEqual([
      ['/api/v1/reports/12/render?format=pdf', 'Bearer test-token'],
    ]);
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe('%PDF-1.7');
  });

  it('says so when the PDF cannot be made', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', async () => new Response('{}', { status: 503 }));
    page();
    await user.click(await screen.findByRole('link', { name: /Download as PDF/ }));
    expect(await screen.findByText('The file could not be made. Try again later.')).toBeInTheDocument();
  });

  it('lets the authority’s officer record the board’s decisions on a presented report, and publish a new version', async () => {
    page({ 'GET /api/v1/me': { status: 200, body: fixture('Me') } });
    expect(await screen.findByRole('link', { name: 'Publish a new version' })).toHaveAttribute('href', '/reports/12/new-version');
    expect(screen.getByRole('link', { name: 'Change the decision on recommendation 1' })).toHaveAttribute('href', '/reports/12/recommendations/1/decision');
    expect(screen.getByRole('link', { name: "Record the board's decision on recommendation 2" })).toHaveAttribute('href', '/reports/12/recommendations/2/decision');
    expect(screen.queryByRole('button', { name: 'Publish this report' })).not.toBeInTheDocument();
  });

  it('publishes a draft quoting the version shown', async () => {
    const user = userEvent.setup();
    const { requests } = page({
      'GET /api/v1/me': { status: 200, body: fixture('Me') },
      'GET /api/v1/reports/12': [
        { status: 200, body: draft, headers: { ETag: '"3"' } },
        { status: 200, body: fixture('Report', { status: 'published', presentedAt: [] }), headers: { ETag: '"4"' } },
      ],
      'POST /api/v1/reports/12/publish': { status: 200, body: fixture('Report', { status: 'published' }) },
    });
    expect(await screen.findByText('Draft')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Publish this report' }));
    expect(await screen.findByRole('link', { name: 'Publish a new version' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"3"');
  });

  it('shows the draft as changed since, when somebody else saved it first, and publishes that once read', async () => {
    const user = userEvent.setup();
    const theirs = { ...draft, title: 'Fostering Service Annual Report 2022-2023 (corrected)' };
    const { requests } = page({
      'GET /api/v1/me': { status: 200, body: fixture('Me') },
      'GET /api/v1/reports/12': [
        { status: 200, body: draft, headers: { ETag: '"3"' } },
        { status: 200, body: theirs, headers: { ETag: '"4"' } },
      ],
      'POST /api/v1/reports/12/publish': [
        { status: 412, body: fixture('Problem') },
        { status: 200, body: fixture('Report', { status: 'published' }) },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Publish this report' }));
    expect(await screen.findByRole('heading', { level: 1, name: theirs.title })).toBeInTheDocument();
    expect(screen.getByText('This draft was changed since you opened it')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish this report' }));
    await vi.waitFor(() => expect(requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']));
  });

  it('says a report it may not read does not exist', async () => {
    page({ 'GET /api/v1/reports/12': { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No report 12' } } }, fakeSession(false));
    expect(await screen.findByText('No report 12')).toBeInTheDocument();
  });
});
