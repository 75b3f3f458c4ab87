import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import { renderElement } from '@/testing/render';
import type { ScorecardRow } from '../api/useScorecard';
import { ScorecardGroups } from './ScorecardGroups';

const row = (indicator: string, name: string, overrides: Partial<ScorecardRow>) =>
  fixture('ScorecardRow', { indicator, name, plainName: `${name}, in plain words`, direction: 'stable', note: null, flags: [], ...overrides });

const foster = row('PLC_FOSTER', 'Living with foster families', { rag: 'green' });
const stability = row('STAB_MOVES', 'Three or more moves', { rag: 'amber' });
const sgo = row('LEAVE_SGO', 'Left care through a special guardianship order', { rag: 'none', target: undefined, direction: 'declining' });
const dental = row('HLTH_DENTAL', 'Annual dental checks', { rag: 'red' });
const health = row('HLTH_ASSESS', 'Annual health assessments', { rag: 'none', target: undefined });
const stayingPut = row('CL_STAYPUT', 'Staying put', { rag: 'red', direction: 'declining' });

const card = fixture('Scorecard', {
  groups: [
    { priority: 'safety-and-permanency', title: 'Safety and Permanency', rows: [foster, stability, sgo] },
    { priority: 'health-and-wellbeing', title: 'Mental and Physical Health and Wellbeing', rows: [dental, health] },
    { priority: 'transitions-and-independence', title: 'Transitions and Independence', rows: [stayingPut] },
  ],
});

const open = (query = '') => renderElement(<ScorecardGroups card={card} />, { path: `/scorecard?area=E08000030&period=2022-23${query}` });
const indicatorsIn = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((header) => within(header).getByRole('link').textContent);

describe('ScorecardGroups', () => {
  it('counts the rows by RAG at the top, the counts adding up to the rows shown', () => {
    open();
    expect(screen.getByText('6 indicators: 2 red, 1 amber, 1 green, 2 without a target')).toBeInTheDocument();
    const shown = screen.getAllByRole('table').flatMap((table) => within(table).getAllByRole('rowheader'));
    expect(shown).toHaveLength(6);
    expect(screen.getAllByText('Red', { selector: '.govuk-tag *, .govuk-tag' })).toHaveLength(2);
  });

  it('puts each priority under a heading that names its table, rows by name, in the strategy order', () => {
    open();
    const heading = screen.getByRole('heading', { level: 3, name: 'Safety and Permanency' });
    const table = screen.getByRole('table', { name: 'Safety and Permanency' });
    expect(table).toContainElement(heading);
    expect(indicatorsIn(table)).toEqual(['Living with foster families', 'Three or more moves', 'Left care through a special guardianship order']);
    expect(screen.queryByText('PLC_FOSTER')).toBeNull();
  });

  it('shows what needs attention, red, then amber, then declining, across priorities, each with its priority, from a link that keeps the address', async () => {
    open();
    await userEvent.click(screen.getByRole('link', { name: 'Needs attention (4)' }));
    const table = screen.getByRole('table', { name: 'Needs attention: 2 red, 1 amber, 1 declining' });
    expect(indicatorsIn(table)).toEqual(['Staying put', 'Annual dental checks', 'Three or more moves', 'Left care through a special guardianship order']);
    expect(within(within(table).getAllByRole('row')[1]!).getByText('Priority: Transitions and Independence')).toBeInTheDocument();
    expect(screen.getAllByRole('table')).toHaveLength(1);
    // The view chosen is the current one; the other is a link back, keeping the authority and the year.
    expect(screen.getByText('Needs attention (4)')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'All indicators by priority (6)' })).toHaveAttribute('href', '/scorecard?area=E08000030&period=2022-23');
  });

  it('opens on the needs-attention view the address names, so that it can be shared', () => {
    open('&show=attention');
    expect(screen.getByRole('table', { name: /^Needs attention/ })).toBeInTheDocument();
  });

  it('says so when nothing needs attention', () => {
    renderElement(<ScorecardGroups card={{ ...card, groups: [{ priority: 'leadership', title: 'Leadership', rows: [foster] }] }} />, { path: '/scorecard?show=attention' });
    expect(screen.getByText('Nothing needs attention: no indicator is red, amber or declining.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sorts each priority red first when asked, and back to the strategy order', async () => {
    open();
    await userEvent.click(screen.getByRole('link', { name: 'red first' }));
    expect(indicatorsIn(screen.getByRole('table', { name: 'Safety and Permanency' }))).toEqual([
      'Three or more moves',
      'Living with foster families',
      'Left care through a special guardianship order',
    ]);
    expect(indicatorsIn(screen.getByRole('table', { name: 'Mental and Physical Health and Wellbeing' }))).toEqual(['Annual dental checks', 'Annual health assessments']);
    await userEvent.click(screen.getByRole('link', { name: 'as in the strategy' }));
    expect(indicatorsIn(screen.getByRole('table', { name: 'Safety and Permanency' }))[0]).toBe('Living with foster families');
  });
});
