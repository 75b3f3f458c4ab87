import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes } from '@/testing/render';
import { DecisionFormPage } from './DecisionFormPage';

const minutes = fixture('MeetingMinutes', {
  items: [
    {
      agendaItem: { id: 306, number: 6, title: 'Fostering Service Annual Report', exempt: false, exemptParagraph: null },
      resolutions: [{ ...fixture('Resolution'), id: 77, number: 1, text: 'That the Fostering Service Annual Report be noted.' }],
    },
  ],
});

describe('DecisionFormPage', () => {
  it('records the board’s decision on a recommendation, citing the resolution, quoting the report’s version', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoutes(
      [
        { path: '/reports/:id/recommendations/:recommendation/decision', element: <DecisionFormPage /> },
        { path: '/reports/:id', element: <h1>The report</h1> },
      ],
      {
        path: '/reports/12/recommendations/2/decision',
        responses: {
          'GET /api/v1/reports/12': { status: 200, body: fixture('Report'), headers: { ETag: '"3"' } },
          'GET /api/v1/meetings/3/minutes': { status: 200, body: minutes },
          'PUT /api/v1/reports/12/decisions/2': { status: 200, body: fixture('Report') },
        },
      },
    );
    expect(await screen.findByText(/Recommendation 2: That the board receives the next report in a year/)).toBeInTheDocument();
    const decidedOn = screen.getByRole('group', { name: 'Date of the decision' });
    expect([within(decidedOn).getByLabelText('Day'), within(decidedOn).getByLabelText('Month'), within(decidedOn).getByLabelText('Year')].map((box) => (box as HTMLInputElement).value)).toEqual(['13', '11', '2023']);
    await user.click(screen.getByLabelText('Agreed with changes'));
    await fill(user, screen.getByLabelText('In the board’s words (optional)'), 'In six months');
    await user.selectOptions(await screen.findByLabelText('Resolution (optional)'), '77');
    await user.click(screen.getByRole('button', { name: 'Save decision' }));

    expect(await screen.findByRole('heading', { name: 'The report' })).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toEqual({ outcome: 'agreed-amended', words: 'In six months', decidedOn: '2023-11-13', resolutionId: 77 });
  });

  it('opens with the decision already recorded', async () => {
    renderRoutes([{ path: '/reports/:id/recommendations/:recommendation/decision', element: <DecisionFormPage /> }], {
      path: '/reports/12/recommendations/1/decision',
      responses: { 'GET /api/v1/reports/12': { status: 200, body: fixture('Report'), headers: { ETag: '"3"' } } },
    });
    expect(await screen.findByLabelText('Noted')).toBeChecked();
  });
});
