import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { fill } from '@/testing/fill';
import { renderRoutes } from '@/testing/render';
import { DeclarationFormPage } from './DeclarationFormPage';

describe('DeclarationFormPage', () => {
  it('records a member’s interest in an item, typed, with any dispensation', async () => {
    const user = userEvent.setup();
    const { requests } = renderRoutes(
      [
        { path: '/meetings/:id/declarations/new', element: <DeclarationFormPage /> },
        { path: '/meetings/:id', element: <h1>The meeting</h1> },
      ],
      {
        path: '/meetings/2/declarations/new',
        responses: {
          'GET /api/v1/meetings/2': { status: 200, body: fixture('Meeting') },
          'POST /api/v1/meetings/2/declarations': { status: 201, body: fixture('Meeting').declarations[0] },
        },
      },
    );
    await fill(user, await screen.findByLabelText("Member's name"), 'Councillor R. Worrall');
    await user.selectOptions(screen.getByLabelText('Agenda item'), '11. Quarterly Performance Report');
    await user.click(screen.getByLabelText('Non-registerable interest'));
    await fill(user, screen.getByLabelText('The interest declared'), 'A relative is a foster carer for the council.');
    await user.click(screen.getByRole('button', { name: 'Add declaration' }));

    expect(await screen.findByRole('heading', { name: 'The meeting' })).toBeInTheDocument();
    expect(await requests.find((r) => r.method === 'POST')!.clone().json()).toEqual({
      agendaItem: 211,
      memberName: 'Councillor R. Worrall',
      kind: 'non-registerable',
      interest: 'A relative is a foster carer for the council.',
      dispensation: null,
    });
  });
});
