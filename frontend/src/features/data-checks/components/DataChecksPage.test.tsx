import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderRoutes, type FakeResponses } from '@/testing/render';
import { DataChecksPage } from './DataChecksPage';

const fraction = fixture('DataCheck');
const foster = fixture('DataCheck', {
  key: 'reported-twice:PLC_FOSTER:E08000030:2023-03-31:1',
  rule: 'reported-twice',
  indicator: 'PLC_FOSTER',
  indicatorName: 'Children in care living with foster families',
  period: '2023-03-31',
  figures: [
    { label: 'stored', value: 75 },
    { label: 'reported', value: 69 },
  ],
  sentence: 'Children in care living with foster families, at 31 March 2023: 75% as stored, but 69% in the fostering annual report',
});
const explanation = fixture('DataCheckExplanation');
const explainUrl = (key: string) => `PUT /api/v1/data-checks/E08000030/${encodeURIComponent(key)}/explanation`;

const page = (responses: FakeResponses) =>
  renderRoutes([{ path: '/data-checks', element: <DataChecksPage /> }], {
    path: '/data-checks',
    responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me') }, ...responses },
  });

describe('DataChecksPage', () => {
  it('lists the open warnings by indicator and the explained ones with their reason', async () => {
    const { requests } = page({
      'GET /api/v1/data-checks': { status: 200, body: { items: [fraction, { ...foster, status: 'explained', explanation: { ...explanation, key: foster.key, reason: 'Two definitions' } }] } },
    });
    const open = (await screen.findByRole('heading', { name: 'Open warnings (1)' })).parentElement!;
    expect(within(open).getByRole('link', { name: fraction.indicatorName })).toHaveAttribute('href', '/indicators/CL_EET_1617');
    expect(screen.getByText('79 of 102 is 77.5%, not 78%')).toBeInTheDocument();
    expect(screen.getByText('Fraction does not give the figure')).toBeInTheDocument();
    expect(screen.getByText('Figures read: value 78; numerator 79; denominator 102')).toBeInTheDocument();
    const explained = screen.getByRole('table', { name: 'Explained warnings' });
    expect(within(explained).getByText('Two definitions')).toBeInTheDocument();
    // A snapshot's period reads as the day it was taken, not as its code.
    expect(within(explained).getByRole('rowheader')).toHaveTextContent(/^Children in care living with foster families, at 31 March 2023:/);
    const list = requests.find((r) => r.url.includes('/api/v1/data-checks'))!;
    expect(new URL(list.url).searchParams.get('authority')).toBe('E08000030');
    expect(new URL(list.url).searchParams.get('status')).toBe('all');
  });

  it('asks for a reason before saving, and saves a first explanation without If-Match', async () => {
    const user = userEvent.setup();
    const { requests } = page({
      'GET /api/v1/data-checks': [
        { status: 200, body: { items: [fraction] } },
        { status: 200, body: { items: [{ ...fraction, status: 'explained', explanation }] } },
      ],
      [explainUrl(fraction.key)]: { status: 201, body: explanation, headers: { ETag: '"0"' } },
    });
    await user.click(await screen.findByText('Explain this warning'));
    await user.click(screen.getByRole('button', { name: 'Save explanation' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter why the figures are right, or what is being done about them' })).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.type(screen.getByLabelText('Why are the figures right, or what is being done about them?'), 'The pack rounded 77.5% up');
    await user.click(screen.getByRole('button', { name: 'Save explanation' }));
    await screen.findByRole('heading', { name: 'Open warnings (0)' });
    const put = requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBeNull();
    expect(await put.clone().json()).toEqual({ reason: 'The pack rounded 77.5% up' });
    expect(within(screen.getByRole('table', { name: 'Explained warnings' })).getByText('The pack rounded 77.5% up')).toBeInTheDocument();
  });

  it('quotes a lapsed explanation, and shows both when somebody else explained it first', async () => {
    const user = userEvent.setup();
    const lapsed = { ...fraction, explanation: { ...explanation, current: false, version: 3, reason: 'Old reason' } };
    const { requests } = page({
      'GET /api/v1/data-checks': { status: 200, body: { items: [lapsed] } },
      [explainUrl(fraction.key)]: { status: 412, body: fixture('Problem') },
      [`GET /api/v1/data-checks/E08000030/${encodeURIComponent(fraction.key)}/explanation`]: {
        status: 200,
        body: { ...explanation, version: 4, reason: 'Their reason', explainedBy: 'officer.other' },
        headers: { ETag: '"4"' },
      },
    });
    expect(await screen.findByText(/Explained before by officer.walsall/)).toBeInTheDocument();
    await user.click(screen.getByText('Explain this warning'));
    await user.type(screen.getByLabelText('Why are the figures right, or what is being done about them?'), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save explanation' }));
    expect(await screen.findByText('Their reason')).toBeInTheDocument();
    expect(screen.getByText(/This explanation was changed by officer.other/)).toBeInTheDocument();
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.headers.get('If-Match')).toBe('"3"'));
  });
});
