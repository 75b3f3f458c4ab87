import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes } from '@/testing/render';
import { TargetFormPage } from './TargetFormPage';

const indicator = fixture('Indicator');

const target = fixture('Target');

describe('TargetFormPage', () => {
  it('opens with the target the service holds; when it was removed since, says so and creates it again only when asked', async () => {
    const { requests } = renderRoutes(
      [
        { path: '/indicators/:code/target', element: <TargetFormPage /> },
        { path: '/scorecard', element: <h1>Scorecard</h1> },
      ],
      {
        path: '/indicators/HLTH_DENTAL/target?area=E08000030&period=2023-24',
        responses: {
          'GET /api/v1/indicators/HLTH_DENTAL': { status: 200, body: indicator },
          'GET /api/v1/indicators/HLTH_DENTAL/targets/E08000030/2023-24': [
            { status: 200, body: target, headers: { ETag: '"4"' } },
            { status: 404, body: fixture('Problem', { type: 'about:blank', title: 'Not Found', status: 404 }) },
          ],
          'PUT /api/v1/indicators/HLTH_DENTAL/targets/E08000030/2023-24': [
            { status: 412, body: fixture('Problem') },
            { status: 201, body: { ...target, value: 95, version: 0 }, headers: { ETag: '"0"' } },
          ],
        },
      },
    );
    expect(await screen.findByLabelText('Target')).toHaveValue('90');
    expect(screen.getByLabelText('Basis (optional)')).toHaveValue('Agreed by the board');
    await userEvent.clear(screen.getByLabelText('Target'));
    await userEvent.type(screen.getByLabelText('Target'), '95');
    await userEvent.click(screen.getByRole('button', { name: 'Save target' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This target was removed since you opened it');
    const versions = screen.getByRole('table', { name: 'The saved version and yours' });
    expect(within(versions).getByRole('row', { name: 'Target Different Removed 95%' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save yours over it' }));

    expect(await screen.findByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    const puts = requests.filter((r) => r.method === 'PUT');
    // Nothing is left to match, so the chosen save creates the target afresh.
    expect(puts.map((put) => put.headers.get('If-Match'))).toEqual(['"4"', null]);
  });
});
