import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes } from '@/testing/render';
import { NewVersionPage } from './NewVersionPage';

const report = fixture('Report');

function renderForm(publish: { status: number; body: unknown } | { status: number; body: unknown }[], reads: unknown[] = [report]) {
  return renderRoutes(
    [
      { path: '/reports/:id/new-version', element: <NewVersionPage /> },
      { path: '/reports/:id', element: <h1>The report</h1> },
    ],
    {
      path: '/reports/12/new-version',
      responses: {
        'GET /api/v1/reports/12': reads.map((body, index) => ({ status: 200, body, headers: { ETag: `"${3 + index}"` } })),
        'POST /api/v1/reports/12/versions': publish,
      },
    },
  );
}

describe('NewVersionPage', () => {
  it('publishes a new version with its reason, keeping the sections as published (without what the service cites live)', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm({ status: 200, body: fixture('Report', { documentVersion: 3 }) });
    await fill(user, await screen.findByLabelText('Why is it changing?'), 'The number of connected carers was missing');
    await user.clear(screen.getByLabelText('Recommendations'));
    await fill(user, screen.getByLabelText('Recommendations'), 'That the report be noted\n\nThat the board thanks the carers');
    await user.click(screen.getByRole('button', { name: 'Publish the new version' }));

    expect(await screen.findByRole('heading', { name: 'The report' })).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    const body = await post.clone().json();
    expect(body).toMatchObject({
      authority: 'E08000030',
      title: report.title,
      reason: 'The number of connected carers was missing',
      recommendations: ['That the report be noted', 'That the board thanks the carers'],
      visibility: 'public',
    });
    expect(body.sections[0].blocks[3]).toEqual({ kind: 'figure', indicator: 'HLTH_DENTAL', period: '2022-23', caption: null });
    expect(body.sections[0].blocks[5]).toEqual({ kind: 'you-said-we-did', heading: 'What young people asked' });
    expect(body).not.toHaveProperty('decisions');
  });

  it('names the field the service refused', async () => {
    const user = userEvent.setup();
    renderForm({ status: 400, body: { type: 'about:blank', title: 'Bad request', status: 400, errors: [{ field: 'reason', message: 'Say why the report is changing' }] } });
    await user.click(await screen.findByRole('button', { name: 'Publish the new version' }));
    expect(await screen.findByRole('link', { name: 'Say why the report is changing' })).toHaveAttribute('href', '#reason');
    expect(document.title).toBe('Error: Publish a new version – Promise');
  });

  it('shows both versions when somebody else published first, and publishes over theirs only when asked', async () => {
    const user = userEvent.setup();
    const theirs = fixture('Report', { title: 'Fostering Service Annual Report 2022-2023, revised', documentVersion: 3 });
    const { requests } = renderForm(
      [
        { status: 412, body: fixture('Problem') },
        { status: 200, body: theirs },
      ],
      [report, theirs],
    );
    await fill(user, await screen.findByLabelText('Why is it changing?'), 'A correction');
    await user.click(screen.getByRole('button', { name: 'Publish the new version' }));
    expect(await screen.findByText('This report was changed since you opened it')).toBeInTheDocument();
    expect(screen.getByText('Fostering Service Annual Report 2022-2023, revised')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save yours over it' }));
    expect(await screen.findByRole('heading', { name: 'The report' })).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });
});

describe('NewVersionPage for a board member', () => {
  it('says at once that publishing is for officers, instead of showing the form, and leads back to the report', async () => {
    const { requests } = renderRoutes([{ path: '/reports/:id/new-version', element: <NewVersionPage /> }], {
      path: '/reports/12/new-version',
      responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) }, 'GET /api/v1/reports/12': { status: 200, body: report, headers: { ETag: '"3"' } } },
    });
    expect(await screen.findByText(/Only the council’s officers and administrators publish its reports/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the report' })).toHaveAttribute('href', '/reports/12');
    expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
