import { describe, expect, it } from 'vitest';
import { fixture } from '@/testing/fixtures';
import type { ScorecardRow } from './api/useScorecard';
import { attentionLine, attentionRows, byRag, countStandings, scorecardView, standingOf, summaryLine, withView } from './scorecardViews';

const row = (indicator: string, overrides: Partial<ScorecardRow> = {}) => fixture('ScorecardRow', { indicator, name: indicator, direction: 'stable', ...overrides });
const codes = (rows: ScorecardRow[]) => rows.map((r) => r.indicator);

const red = row('RED', { rag: 'red' });
const redDeclining = row('RED_DOWN', { rag: 'red', direction: 'declining' });
const amber = row('AMBER', { rag: 'amber' });
const green = row('GREEN', { rag: 'green' });
const greenDeclining = row('GREEN_DOWN', { rag: 'green', direction: 'declining' });
const noTarget = row('NO_TARGET', { rag: 'none', target: undefined });
const pending = row('PENDING', { rag: 'none', target: { pending: true, reason: 'Set after the survey' } });
const withheld = row('WITHHELD', { rag: 'none', value: undefined, symbol: 'c' });
const contextual = row('CONTEXT', { rag: 'none', polarity: 'contextual', target: undefined });
const noneDeclining = row('NONE_DOWN', { rag: 'none', target: undefined, direction: 'declining' });

const PRIORITIES = ['safety-and-permanency', 'health-and-wellbeing'] as const;
const card = (...groups: ScorecardRow[][]) =>
  fixture('Scorecard', { groups: groups.map((rows, i) => ({ priority: PRIORITIES[i]!, title: `Priority ${i}`, rows })) });

describe('standingOf', () => {
  it('gives a row without a colour the reason the RAG rule gives, in its order', () => {
    expect([noTarget, pending, withheld, contextual].map(standingOf)).toEqual(['no-target', 'pending', 'no-value', 'contextual']);
    // A contextual indicator has no colour even with a target: the rule says so before looking at the target.
    expect(standingOf({ ...contextual, target: { value: 5, pending: false } })).toBe('contextual');
    expect([red, amber, green].map(standingOf)).toEqual(['red', 'amber', 'green']);
  });
});

describe('summaryLine', () => {
  it('counts every row once, red, amber and green first, the others by why they have no colour', () => {
    const rows = [red, redDeclining, amber, green, noTarget, noTarget, pending, withheld, contextual];
    expect(summaryLine(rows)).toBe('2 red, 1 amber, 1 green, 2 without a target, 1 with the target pending, 1 without a value to rate, 1 for context only');
    const counts = countStandings(rows);
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(rows.length);
  });

  it('always says how many are red, amber and green, even none, and leaves out reasons no row has', () => {
    expect(summaryLine([noTarget, noTarget])).toBe('0 red, 0 amber, 0 green, 2 without a target');
    expect(summaryLine([])).toBe('0 red, 0 amber, 0 green');
  });
});

describe('byRag', () => {
  it('puts red first, then amber, green and the rows without a colour, declining first among equals', () => {
    expect(codes(byRag([noTarget, green, amber, red, greenDeclining, redDeclining]))).toEqual([
      'RED_DOWN',
      'RED',
      'AMBER',
      'GREEN_DOWN',
      'GREEN',
      'NO_TARGET',
    ]);
  });

  it('keeps the given order among rows of the same colour and direction, and leaves its input alone', () => {
    const input = [row('B', { rag: 'amber' }), row('A', { rag: 'amber' }), row('C', { rag: 'red' })];
    expect(codes(byRag(input))).toEqual(['C', 'B', 'A']);
    expect(codes(input)).toEqual(['B', 'A', 'C']);
  });
});

describe('attentionRows', () => {
  it('takes red, amber and declining rows from every priority, red first, and no others', () => {
    const rows = attentionRows(card([green, noneDeclining, amber], [red, noTarget, greenDeclining, redDeclining]));
    expect(codes(rows)).toEqual(['RED_DOWN', 'RED', 'AMBER', 'GREEN_DOWN', 'NONE_DOWN']);
    expect(attentionLine(rows)).toBe('2 red, 1 amber, 2 declining');
  });

  it('finds nothing when nothing is red, amber or declining', () => {
    expect(attentionRows(card([green, noTarget]))).toEqual([]);
    expect(attentionLine([])).toBe('0 red, 0 amber');
  });
});

describe('scorecardView', () => {
  it('reads the view from the address, showing everything in the strategy order unless it says otherwise', () => {
    expect(scorecardView(new URLSearchParams(''))).toEqual({ show: 'all', order: 'strategy' });
    expect(scorecardView(new URLSearchParams('show=attention&order=rag'))).toEqual({ show: 'attention', order: 'rag' });
    expect(scorecardView(new URLSearchParams('show=everything&order=alphabetical'))).toEqual({ show: 'all', order: 'strategy' });
  });

  it('changes the view and keeps the authority, year and priority', () => {
    const search = new URLSearchParams('area=E08000030&period=2022-23&priority=leadership');
    expect(withView(search, { show: 'attention' }).toString()).toBe('area=E08000030&period=2022-23&priority=leadership&show=attention');
    expect(withView(new URLSearchParams('area=E08000030&show=attention'), { show: 'all', order: 'rag' }).toString()).toBe('area=E08000030&order=rag');
  });
});
