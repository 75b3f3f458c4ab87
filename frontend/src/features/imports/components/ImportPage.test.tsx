import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { ImportPage } from './ImportPage';

const csv = 'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status\n';
const file = () => new File([csv + '202324,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,90,,,final\n'], 'values.csv', { type: 'text/csv' });

describe('ImportPage', () => {
  it('lists every problem by row and column, and imports nothing', async () => {
    renderElement(<ImportPage />, {
      responses: {
        'POST /api/v1/imports/values': {
          status: 400,
          body: fixture('Problem', {
            type: 'urn:promise:problem:validation',
            title: 'The request is not valid',
            status: 400,
            errors: [
              { field: 'value', rule: 'range', message: 'A percentage must be between 0 and 100', row: 2 },
              { field: 'indicator', rule: 'unknown', message: 'There is no indicator NOPE', row: 3 },
            ],
          }),
        },
      },
    });
    await userEvent.upload(screen.getByLabelText('CSV file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    const table = await screen.findByRole('table', { name: '2 problems: nothing was imported' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['2valueA percentage must be between 0 and 100', '3indicatorThere is no indicator NOPE']);
    expect(screen.getByRole('alert')).toHaveTextContent('Row 2, value: A percentage must be between 0 and 100');
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('checks the file first, then imports it for real, sending the CSV as it is', async () => {
    const { requests } = renderElement(<ImportPage />, {
      responses: {
        'POST /api/v1/imports/values': { status: 200, body: fixture('ImportReport') },
      },
    });
    await userEvent.upload(screen.getByLabelText('CSV file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('heading', { name: 'The file is ready to import' })).toBeInTheDocument();
    expect(new URL(requests[0]!.url).searchParams.get('dryRun')).toBe('true');
    expect(requests[0]!.headers.get('Content-Type')).toBe('text/csv');
    expect(await requests[0]!.clone().text()).toContain('HLTH_ASSESS,90');

    await userEvent.click(screen.getByRole('button', { name: 'Import 1 rows' }));
    expect(await screen.findByText('values.csv imported')).toBeInTheDocument();
    expect(new URL(requests[1]!.url).searchParams.get('dryRun')).toBe('false');
  });

  it('sends targets to the targets import', async () => {
    const { requests } = renderElement(<ImportPage />, {
      responses: {
        'POST /api/v1/imports/targets': { status: 200, body: fixture('ImportReport') },
      },
    });
    await userEvent.click(screen.getByLabelText('Targets'));
    await userEvent.upload(screen.getByLabelText('CSV file'), file());
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByText('New targets')).toBeInTheDocument();
    expect(new URL(requests[0]!.url).pathname).toBe('/api/v1/imports/targets');
  });
});
