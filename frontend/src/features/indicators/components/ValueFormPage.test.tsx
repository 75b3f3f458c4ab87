import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes, type FakeResponse } from '@/testing/render';
import { ValueFormPage } from './ValueFormPage';

const indicator = fixture('Indicator');

const VALUE = 'GET /api/v1/indicators/HLTH_DENTAL/values/E08000030/2022-23';
const PUT_VALUE = 'PUT /api/v1/indicators/HLTH_DENTAL/values/E08000030/2022-23';

const value = (version: number, reading: number, updatedBy: string, updatedAt: string): FakeResponse => ({
  status: 200,
  headers: { ETag: `"${version}"` },
  body: fixture('IndicatorValue', { value: reading, version, updatedAt, updatedBy }),
});

const opened = value(1, 88, 'officer.walsall', '2025-11-20T09:00:00Z');
const savedSince = value(2, 90, 'officer.b', '2025-12-03T14:05:09Z');
const stale: FakeResponse = {
  status: 412,
  body: fixture('Problem', { detail: 'This has changed since you read it' }),
};

function renderForm(responses: Record<string, FakeResponse | FakeResponse[]>) {
  return renderRoutes(
    [
      { path: '/indicators/:code/value', element: <ValueFormPage /> },
      { path: '/scorecard', element: <h1>Scorecard</h1> },
    ],
    { path: '/indicators/HLTH_DENTAL/value?area=E08000030&period=2022-23', responses: { 'GET /api/v1/indicators/HLTH_DENTAL': { status: 200, body: indicator }, ...responses } },
  );
}

/** The page a save leads to, showing only the message it was given. */
function SavedMessage() {
  const { state } = useLocation() as { state: { saved?: string } | null };
  return <h1>{state?.saved}</h1>;
}

const puts = (requests: Request[]) => requests.filter((r) => r.method === 'PUT');

describe('ValueFormPage', () => {
  it('opens with the value the service holds and saves quoting the version it opened with, without reading it again', async () => {
    const { requests } = renderForm({ [VALUE]: opened, [PUT_VALUE]: value(2, 92, 'officer.walsall', '2025-12-03T14:05:09Z') });
    expect(await screen.findByLabelText(/^Value/)).toHaveValue('88');
    expect(screen.getByLabelText('Final')).toBeChecked();

    await userEvent.clear(screen.getByLabelText(/^Value/));
    await userEvent.type(screen.getByLabelText(/^Value/), '92');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));

    expect(await screen.findByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    const [put] = puts(requests);
    expect(put!.headers.get('If-Match')).toBe('"1"');
    // The source has no field on the form; saving keeps it.
    expect(await put!.clone().json()).toMatchObject({ value: 92, status: 'final', source: 'Walsall agenda pack, 13 November 2023' });
    const beforeSaving = requests.slice(0, requests.indexOf(put!));
    expect(beforeSaving.filter((r) => r.method === 'GET' && r.url.endsWith('/values/E08000030/2022-23'))).toHaveLength(1);
  });

  it('names a snapshot’s period by the day it was taken, above the form and in the message once saved', async () => {
    const snapshot = 'GET /api/v1/indicators/HLTH_DENTAL/values/E08000030/2023-03-31';
    renderRoutes(
      [
        { path: '/indicators/:code/value', element: <ValueFormPage /> },
        { path: '/scorecard', element: <SavedMessage /> },
      ],
      {
        path: '/indicators/HLTH_DENTAL/value?area=E08000030&period=2023-03-31',
        responses: {
          'GET /api/v1/indicators/HLTH_DENTAL': { status: 200, body: indicator },
          [snapshot]: opened,
          [snapshot.replace('GET', 'PUT')]: { status: 200, headers: { ETag: '"2"' }, body: fixture('IndicatorValue', { period: '2023-03-31', value: 88, version: 2 }) },
        },
      },
    );
    expect((await screen.findByText('at 31 March 2023')).parentElement).toHaveTextContent(/^Annual dental checks, at 31 March 2023$/);
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));
    expect(await screen.findByRole('heading', { name: 'Annual dental checks, at 31 March 2023: 88% saved' })).toBeInTheDocument();
  });

  it('says who changed the figure since it was opened, shows both versions, and saves the officer’s over it only when asked', async () => {
    const { requests } = renderForm({ [VALUE]: [opened, savedSince], [PUT_VALUE]: [stale, value(3, 92, 'officer.walsall', '2025-12-03T14:06:00Z')] });
    await userEvent.clear(await screen.findByLabelText(/^Value/));
    await userEvent.type(screen.getByLabelText(/^Value/), '92');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('This figure was changed by officer.b at 2:05pm on 3 December 2025 since you opened it');
    expect(document.title).toMatch(/^Error: Enter a value/);
    const versions = screen.getByRole('table', { name: 'The saved version and yours' });
    expect(within(versions).getByRole('columnheader', { name: 'Saved by officer.b' })).toBeInTheDocument();
    expect(within(versions).getByRole('row', { name: 'Value Different 90% 92%' })).toBeInTheDocument();
    expect(within(versions).getByRole('row', { name: 'Status Final (published) Final (published)' })).toBeInTheDocument();
    // Nothing was saved over the other officer's figure yet.
    expect(puts(requests)).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Save yours over it' }));
    expect(await screen.findByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    const [first, second] = puts(requests);
    expect(first!.headers.get('If-Match')).toBe('"1"');
    expect(second!.headers.get('If-Match')).toBe('"2"');
    expect(await second!.clone().json()).toMatchObject({ value: 92 });
  });

  it('keeps the saved version when asked: the form shows it, and the next save quotes it', async () => {
    const { requests } = renderForm({ [VALUE]: [opened, savedSince], [PUT_VALUE]: [stale, value(3, 91, 'officer.walsall', '2025-12-03T14:06:00Z')] });
    await userEvent.clear(await screen.findByLabelText(/^Value/));
    await userEvent.type(screen.getByLabelText(/^Value/), '92');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep the saved version' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Your change was not saved');
    expect(screen.getByLabelText(/^Value/)).toHaveValue('90');
    await userEvent.clear(screen.getByLabelText(/^Value/));
    await userEvent.type(screen.getByLabelText(/^Value/), '91');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));

    expect(await screen.findByRole('heading', { name: 'Scorecard' })).toBeInTheDocument();
    expect(puts(requests).map((put) => put.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
  });

  it('treats a figure somebody added after the form opened empty as a conflict too', async () => {
    renderForm({
      [VALUE]: [{ status: 404, body: fixture('Problem', { type: 'about:blank', title: 'Not Found', status: 404 }) }, savedSince],
      [PUT_VALUE]: { status: 428, body: fixture('Problem', { type: 'urn:promise:problem:if-match-required', title: 'If-Match is required', status: 428 }) },
    });
    await userEvent.type(await screen.findByLabelText(/^Value/), '92');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This figure was added by officer.b at 2:05pm on 3 December 2025 since you opened it');
  });

  it("shows the service's field errors in a GOV.UK error summary linked to the fields", async () => {
    const { requests } = renderForm({
      [PUT_VALUE]: {
        status: 400,
        body: fixture('Problem', {
          type: 'urn:promise:problem:validation',
          title: 'The request is not valid',
          status: 400,
          errors: [{ field: 'value', rule: 'range', message: 'Enter a percentage between 0 and 100' }],
        }),
      },
    });
    await userEvent.type(await screen.findByLabelText(/^Value/), '120');
    await userEvent.click(screen.getByRole('button', { name: 'Save value' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter a percentage between 0 and 100' })).toHaveAttribute('href', '#value');
    expect(screen.getByLabelText(/^Value/)).toHaveClass('govuk-input--error');
    // There was no value when the form opened (404), so the save quoted no version: it creates one.
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBeNull();
    expect(await put.clone().json()).toMatchObject({ value: 120, status: 'provisional' });
  });

  it('tells a board member at once that figures are entered by officers, instead of showing the form', async () => {
    renderForm({ 'GET /api/v1/me': { status: 200, body: fixture('Me', { roles: ['board-member'] }) }, [VALUE]: opened });
    expect(await screen.findByRole('heading', { level: 1, name: 'Enter a value' })).toBeInTheDocument();
    expect(await screen.findByText(/Only the council’s officers and administrators enter its figures/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the indicator' })).toHaveAttribute('href', '/indicators/HLTH_DENTAL?area=E08000030&period=2022-23');
    expect(screen.queryByRole('button', { name: 'Save value' })).not.toBeInTheDocument();
  });
});
