import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { formatDate, formatWhen } from '@/lib/format';
import { RowHeader, Table, TableCell, TableRow } from './govuk/Table';

export type ChangeHistoryData = components['schemas']['ChangeHistory'];
type HistoryEntry = components['schemas']['HistoryEntry'];

const ACTIONS: Record<HistoryEntry['action'], string> = { create: 'Added', update: 'Changed', delete: 'Removed' };

/** The fields whose name alone would not say what they are, as the board's papers name them. */
const FIELD_WORDS: Record<string, string> = {
  what: 'What we will do',
  how: 'How we will do it',
  measures: 'Measures of success',
  owner: 'Who will do it',
  symbol: 'Symbol instead of a number',
};

/** "dueDate" reads "Due date": the API's field names, in words. */
export function fieldWords(field: string): string {
  if (FIELD_WORDS[field]) return FIELD_WORDS[field];
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field as the history gives it, with dates in the one style people read ("31 March 2023"). */
export function historyText(text?: string | null): string {
  if (text === undefined || text === null) return 'None';
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return formatWhen(text).replace(/^at /, '');
  return text;
}

/**
 * Who changed a record, when, and each field before and after, newest first (getIndicatorValueHistory and its
 * kin). Each change is a small table, so a screen reader reads the field with its before and after.
 */
export function ChangeHistory({ history, error, what }: { history?: ChangeHistoryData; error?: unknown; what: string }) {
  // Said in the history's place, not as an error summary: the page keeps one summary, for its own form.
  if (error) return <p className="govuk-body">{error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : 'The history could not be read. Try again.'}</p>;
  if (!history) return <p className="govuk-body">Loading…</p>;
  if (history.items.length === 0) return <p className="govuk-body">No changes to {what} have been recorded.</p>;
  return (
    <>
      {history.items.map((entry, index) => {
        const caption = `${ACTIONS[entry.action]} by ${entry.by} ${formatWhen(entry.at)}`;
        if (entry.changes.length === 0) {
          return (
            <p key={`${entry.at}-${index}`} className="govuk-body">
              {caption}, with no change to what people read.
            </p>
          );
        }
        return (
          <Table key={`${entry.at}-${index}`} captionSize="s" caption={caption} head={['What changed', 'Before', 'After']}>
            {entry.changes.map((change) => (
              <TableRow key={change.field}>
                <RowHeader>{fieldWords(change.field)}</RowHeader>
                <TableCell>{historyText(change.before)}</TableCell>
                <TableCell>{historyText(change.after)}</TableCell>
              </TableRow>
            ))}
          </Table>
        );
      })}
    </>
  );
}

/**
 * A closed "History" that reads the history only when the reader opens it: most readers never do, and a page
 * should not ask the service for what nobody looks at. Printing leaves it as the reader left it (a history opened
 * by the printing would be printed still loading), and a page prints no "History" heading over closed ones.
 */
export function HistoryDetails({ summary, children }: { summary: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="govuk-details govuk-!-margin-bottom-2" data-keep-closed-in-print onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{open && children}</div>
    </details>
  );
}
