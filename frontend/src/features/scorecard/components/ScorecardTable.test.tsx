import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import { ScorecardTable } from './ScorecardTable';

const dental = fixture('ScorecardRow');

describe('ScorecardTable', () => {
  it('shows the RAG as text and icon as well as colour, with its reason on demand', async () => {
    renderElement(<ScorecardTable title="Health" rows={[dental]} area="E08000030" period="2022-23" />);
    const row = screen.getByRole('row', { name: /Annual dental checks/ });
    const tag = within(row).getByText('Amber');
    expect(tag.closest('.govuk-tag')).toHaveClass('govuk-tag--yellow');
    expect(tag.closest('.govuk-tag')).toHaveTextContent('! Amber');
    await userEvent.click(within(row).getByText('Why'));
    expect(within(row).getByText(dental.ragReason)).toBeVisible();
    expect(within(row).getByText('England 91% (2021-22): we are worse')).toBeInTheDocument();
    expect(within(row).getByText('Annual dental checks over time: 2020-21 43%, 2021-22 88%, 2022-23 88%')).toHaveClass('govuk-visually-hidden');
    expect(within(row).getByRole('link', { name: 'Annual dental checks' })).toHaveAttribute('href', '/indicators/HLTH_DENTAL?area=E08000030&period=2022-23');
  });

  it("names the authority's adoption agency among its comparators", () => {
    const interAgency = {
      ...dental,
      comparators: [
        { kind: 'regional-adoption-agency' as const, area: 'E90000001', areaName: 'Adoption@Heart', period: '2022-23', value: 34, comparison: 'worse' as const },
      ],
    };
    renderElement(<ScorecardTable title="Adoption" rows={[interAgency]} area="E08000030" period="2022-23" />);
    expect(screen.getByText('Adoption@Heart (adoption agency) 34% (2022-23): we are worse')).toBeInTheDocument();
  });

  it('never shows a symbol as a number, and says why there is no colour', () => {
    renderElement(
      <ScorecardTable
        title="Health"
        rows={[{ ...dental, value: undefined, symbol: 'c', rag: 'none', target: { pending: true, reason: 'Set after the survey' } }]}
        area="E08000030"
        period="2022-23"
      />,
    );
    expect(screen.getByText('c (confidential)')).toBeInTheDocument();
    expect(screen.getByText('No RAG')).toBeInTheDocument();
    expect(screen.getByText('Set after the survey')).toBeInTheDocument();
  });

  it('marks a figure with a note or a data check with a numbered link to its footnote, which links back', () => {
    const noted = { ...dental, note: 'Reported as 88% in the pack', flags: [{ rule: 'fraction-mismatch', message: '79 of 102 is 77.5%, not 78%' }] };
    const plain = { ...dental, indicator: 'HLTH_ASSESS', name: 'Annual health assessments on time', note: null, flags: [] };
    renderElement(<ScorecardTable title="Health" rows={[plain, noted]} area="E08000030" period="2022-23" firstNote={3} />);
    const row = screen.getByRole('row', { name: /Annual dental checks/ });
    const mark = within(row).getByRole('link', { name: 'Note 3' });
    expect(mark).toHaveAttribute('href', '#scorecard-note-3');
    expect(within(screen.getByRole('row', { name: /Annual health assessments/ })).queryByRole('link', { name: /^Note/ })).not.toBeInTheDocument();

    const footnote = document.getElementById('scorecard-note-3')!;
    expect(screen.getByRole('heading', { name: 'Notes on Health' })).toBeInTheDocument();
    expect(footnote).toHaveTextContent('Annual dental checks');
    expect(footnote).toHaveTextContent('Reported as 88% in the pack');
    expect(footnote).toHaveTextContent('Data check: 79 of 102 is 77.5%, not 78%');
    expect(within(footnote).getByRole('link', { name: 'Back to the figure, note 3' })).toHaveAttribute('href', `#${mark.id}`);
  });
});
