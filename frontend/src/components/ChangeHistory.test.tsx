import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { fixture } from '@/testing/fixtures';
import { ChangeHistory, fieldWords, HistoryDetails, historyText } from './ChangeHistory';

describe('ChangeHistory', () => {
  it('shows each change as who, when, and each field before and after, dates in words', () => {
    render(<ChangeHistory history={fixture('ChangeHistory')} what="this item" />);
    const changed = screen.getByRole('table', { name: 'Changed by Priya Shah at 2:05pm on 20 November 2023' });
    const rows = within(changed).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Due date31 March 202430 June 2024', 'Who will do itHead of ServiceNone']);
    expect(screen.getByRole('table', { name: 'Added by Priya Shah at 10:00am on 2 May 2023' })).toHaveTextContent('Every child has a dental check');
  });

  it('says when nothing has been recorded', () => {
    render(<ChangeHistory history={{ items: [] }} what="this value" />);
    expect(screen.getByText('No changes to this value have been recorded.')).toBeInTheDocument();
  });

  it('gives the service’s reason when the history cannot be read', () => {
    const refused = new ApiError(fixture('Problem', { status: 403, title: 'Forbidden', detail: 'A value’s history is kept for the authority’s officers, board members and administrators' }));
    render(<ChangeHistory error={refused} what="this value" />);
    expect(screen.getByText(/kept for the authority’s officers/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('writes field names and values as people read them', () => {
    expect(fieldWords('effectiveTolerance')).toBe('Effective tolerance');
    expect(historyText('2023-03-31')).toBe('31 March 2023');
    expect(historyText(null)).toBe('None');
    expect(historyText('61.5')).toBe('61.5');
  });

  it('reads what it holds only once the reader opens it', async () => {
    const Reader = () => <p>Read now</p>;
    render(
      <HistoryDetails summary="History of the value">
        <Reader />
      </HistoryDetails>,
    );
    expect(screen.queryByText('Read now')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('History of the value'));
    expect(await screen.findByText('Read now')).toBeInTheDocument();
  });
});
