import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '@/testing/render';
import { ValueFormPage } from './ValueFormPage';

const indicator = {
  code: 'HLTH_DENTAL',
  name: 'Annual dental checks',
  plainName: 'Children in care who saw a dentist',
  definition: 'OC2 cohort with a dental check',
  unit: 'percent',
  polarity: 'higher_is_better',
  priority: 'health-and-wellbeing',
  periodKind: 'financial-year',
  decimals: 0,
  source: 'DfE',
  version: 0,
};

describe('ValueFormPage', () => {
  it("shows the service's field errors in a GOV.UK error summary linked to the fields", async () => {
    const { requests } = renderRoutes([{ path: '/indicators/:code/value', element: <ValueFormPage /> }], {
      path: '/indicators/HLTH_DENTAL/value?area=E08000030&period=2022-23',
      responses: {
        'GET /api/v1/indicators/HLTH_DENTAL': { status: 200, body: indicator },
        'PUT /api/v1/indicators/HLTH_DENTAL/values/E08000030/2022-23': {
          status: 400,
          body: {
            type: 'urn:promise:problem:validation',
            title: 'The request is not valid',
            status: 400,
            errors: [{ field: 'value', rule: 'range', message: 'A percentage must be between 0 and 100' }],
          },
        },
      },
    });
    await userEvent.type(await screen.findByLabelText(/^Value/), '120');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'A percentage must be between 0 and 100' })).toHaveAttribute('href', '#value');
    expect(screen.getByLabelText(/^Value/)).toHaveClass('govuk-input--error');
    // The form read the current value first (none: 404), so it sent no If-Match.
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBeNull();
    expect(await put.clone().json()).toMatchObject({ value: 120, status: 'provisional' });
  });
});
