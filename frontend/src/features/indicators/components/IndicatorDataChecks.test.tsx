import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { IndicatorDataChecks } from './IndicatorDataChecks';

describe('IndicatorDataChecks', () => {
  it("shows the authority's own people the indicator's open warnings", async () => {
    const { requests } = renderElement(<IndicatorDataChecks code="CL_EET_1617" area="E08000030" />, {
      responses: {
        'GET /api/v1/me': { status: 200, body: fixture('Me') },
        'GET /api/v1/data-checks': { status: 200, body: { items: [fixture('DataCheck')] } },
      },
    });
    expect(await screen.findByText('79 of 102 is 77.5%, not 78%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Explain them on the data checks page' })).toHaveAttribute('href', '/data-checks?authority=E08000030');
    const list = new URL(requests.find((r) => r.url.includes('data-checks'))!.url).searchParams;
    expect([list.get('indicator'), list.get('status')]).toEqual(['CL_EET_1617', 'open']);
  });

  it("asks nothing for another authority's indicator page", async () => {
    const { requests } = renderElement(<IndicatorDataChecks code="CL_EET_1617" area="E08000027" />, {
      responses: { 'GET /api/v1/me': { status: 200, body: fixture('Me') } },
    });
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/api/v1/me'))).toBe(true));
    expect(requests.some((r) => r.url.includes('data-checks'))).toBe(false);
    expect(screen.queryByText('Data checks')).toBeNull();
  });
});
