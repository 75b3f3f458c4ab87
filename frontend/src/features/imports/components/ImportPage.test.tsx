import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { ImportPage } from './ImportPage';

const csv = 'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status\n';
const file = () => new File([csv + '202324,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,90,,,final\n'], 'values.csv', { type: 'text/csv' });

/** The requests to the import (the page also reads who is signed in). */
const imports = (requests: Request[]) => requests.filter((request) => request.url.includes('/imports/'));

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
              { field: 'value', rule: 'range', message: 'Enter a percentage between 0 and 100', row: 2 },
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
    expect(rows).toEqual(['2valueEnter a percentage between 0 and 100', '3indicatorThere is no indicator NOPE']);
    expect(screen.getByRole('alert')).toHaveTextContent('Row 2, value: Enter a percentage between 0 and 100');
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
    expect(new URL(imports(requests)[0]!.url).searchParams.get('dryRun')).toBe('true');
    expect(imports(requests)[0]!.headers.get('Content-Type')).toBe('text/csv');
    expect(await imports(requests)[0]!.clone().text()).toContain('HLTH_ASSESS,90');

    await userEvent.click(screen.getByRole('button', { name: 'Import 1 rows' }));
    expect(await screen.findByText('values.csv imported')).toBeInTheDocument();
    expect(new URL(imports(requests)[1]!.url).searchParams.get('dryRun')).toBe('false');
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
    expect(new URL(imports(requests)[0]!.url).pathname).toBe('/api/v1/imports/targets');
  });

  it('says at once that a file is needed when "Check the file" is pressed without one, sending nothing', async () => {
    const { requests } = renderElement(<ImportPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Select a CSV file to check');
    expect(screen.getByRole('link', { name: 'Select a CSV file to check' })).toHaveAttribute('href', '#file');
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription('Error: Select a CSV file to check');
    expect(requests.some((r) => r.url.includes('/imports/'))).toBe(false);
  });

  it('tells a board member at once that importing is for officers, instead of showing the form', async () => {
    renderElement(<ImportPage />, { responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) } } });
    expect(await screen.findByText(/Only the council’s officers and administrators import figures/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check the file' })).not.toBeInTheDocument();
  });
});
