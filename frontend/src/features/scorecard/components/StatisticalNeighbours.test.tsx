import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { StatisticalNeighbours } from './StatisticalNeighbours';

const groups = {
  items: [
    fixture('Area', { code: 'SN-E08000027', name: "Dudley's statistical neighbours", kind: 'statistical-neighbours', parentCode: 'E08000027', members: [{ code: 'E08000018', name: 'Rotherham' }] }),
    fixture('Area', {
      code: 'SN-E08000030',
      name: "Walsall's statistical neighbours",
      kind: 'statistical-neighbours',
      parentCode: 'E08000030',
      members: [
        { code: 'E06000015', name: 'Derby' },
        { code: 'E08000005', name: 'Rochdale' },
      ],
    }),
  ],
};

describe('StatisticalNeighbours', () => {
  it("names the authority's own neighbours, nearest first", async () => {
    renderElement(<StatisticalNeighbours area="E08000030" areaName="Walsall" />, { responses: { 'GET /api/v1/areas': { status: 200, body: groups } } });
    await userEvent.click(await screen.findByText("Who are Walsall's statistical neighbours?"));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Derby', 'Rochdale']);
    expect(screen.getByText(/average of the 2 authorities/)).toBeInTheDocument();
  });

  it('shows nothing for an authority without a list', async () => {
    const { requests } = renderElement(<StatisticalNeighbours area="E08000028" areaName="Sandwell" />, { responses: { 'GET /api/v1/areas': { status: 200, body: groups } } });
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByText(/statistical neighbours/)).not.toBeInTheDocument();
  });
});
