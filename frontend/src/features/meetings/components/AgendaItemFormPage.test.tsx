import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { EditAgendaItemPage, NewAgendaItemPage } from './AgendaItemFormPage';

function renderForm(path: string, responses: FakeResponses) {
  return renderRoutes(
    [
      { path: '/meetings/:id/items/new', element: <NewAgendaItemPage /> },
      { path: '/meetings/:id/items/:itemId/edit', element: <EditAgendaItemPage /> },
      { path: '/meetings/:id', element: <h1>The meeting</h1> },
    ],
    { path, responses },
  );
}

describe('NewAgendaItemPage', () => {
  it('adds a private item with its paragraph, reason and papers', async () => {
    const user = userEvent.setup();
    const { requests } = renderForm('/meetings/3/items/new', { 'POST /api/v1/meetings/3/agenda-items': { status: 201, body: fixture('AgendaItem', { number: 12 }) } });
    await fill(user, screen.getByLabelText('Title'), 'Placement of a child');
    await user.click(screen.getByLabelText('Private'));
    await user.selectOptions(screen.getByLabelText('Paragraph of Schedule 12A'), '2');
    await fill(user, screen.getByLabelText('The reason the public is given'), 'Information which is likely to reveal the identity of an individual');
    await user.click(screen.getByRole('button', { name: 'Add a paper' }));
    await fill(user, screen.getByLabelText('Paper 1 title'), 'Report of the Head of Service');
    await fill(user, screen.getByLabelText(/^Indicators considered/), 'HLTH_DENTAL, CL_EET_1921');
    await user.click(screen.getByRole('button', { name: 'Add item' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({
      number: null,
      title: 'Placement of a child',
      description: null,
      exempt: true,
      exemptParagraph: 2,
      exemptReason: 'Information which is likely to reveal the identity of an individual',
      papers: [{ title: 'Report of the Head of Service', report: null }],
      indicators: ['HLTH_DENTAL', 'CL_EET_1921'],
      actionItems: [],
    });
  });

  it('shows the error the service gives one entry of a list beside the list’s input', async () => {
    const user = userEvent.setup();
    const refused = fixture('Problem', { status: 400, title: 'Invalid agenda item', errors: [{ field: 'indicators[0]', rule: 'unknown', message: 'There is no indicator NOPE' }] });
    renderForm('/meetings/3/items/new', { 'POST /api/v1/meetings/3/agenda-items': { status: 400, body: refused } });
    await fill(user, screen.getByLabelText('Title'), 'Performance');
    await fill(user, screen.getByLabelText(/^Indicators considered/), 'NOPE');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'There is no indicator NOPE' })).toHaveAttribute('href', '#indicators');
    expect(screen.getByLabelText(/^Indicators considered/)).toHaveAccessibleDescription(/Error: There is no indicator NOPE/);
  });
});

describe('EditAgendaItemPage', () => {
  it('opens with the item as the meeting holds it and saves quoting the item’s version, keeping its papers’ reports', async () => {
    const user = userEvent.setup();
    const item = fixture('AgendaItem', { papers: [{ id: 301, title: 'Quarterly performance report', report: { id: 5, title: 'Quarter 1 performance' } }] });
    const { requests } = renderForm('/meetings/2/items/211/edit', {
      'GET /api/v1/meetings/2': { status: 200, body: fixture('Meeting', { agendaItems: [item] }) },
      'PUT /api/v1/agenda-items/211': { status: 200, body: item },
    });
    const title = await screen.findByLabelText('Title');
    expect(title).toHaveValue('Quarterly Performance Report');
    expect(screen.getByLabelText(/^Action plan items considered/)).toHaveValue('101');
    await fill(user, title, ' 2023-24');
    await user.click(screen.getByRole('button', { name: 'Save item' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.clone().json()).toMatchObject({ number: 11, title: 'Quarterly Performance Report 2023-24', papers: [{ title: 'Quarterly performance report', report: 5 }], indicators: ['HLTH_DENTAL'], actionItems: [101] });
  });
});
