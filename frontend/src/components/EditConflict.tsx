import { formatWhen } from '@/lib/format';
import { ErrorSummary } from './govuk/ErrorSummary';
import { Tag } from './govuk/Tag';

/** What happened to the resource after the page showed it, as far as the service says. */
export type SavedChange = { what: 'changed' | 'added' | 'updated'; by?: string; at?: string } | { what: 'removed' };

/** A version described field by field in words, for the comparison: "Value" is "88%". */
export type Described = Record<string, string>;

/** "This figure was changed by officer.dudley at 2:05pm on 3 December 2025 since you opened it". */
export function conflictTitle(noun: string, change: SavedChange): string {
  if (change.what === 'removed') return `This ${noun} was removed since you opened it`;
  const by = change.by ? ` by ${change.by}` : '';
  const at = change.at ? ` ${formatWhen(change.at)}` : '';
  return `This ${noun} was ${change.what}${by}${at} since you opened it`;
}

export const EDIT_CONFLICT_ID = 'edit-conflict';

/**
 * Somebody else saved first: says who and when in a GOV.UK error summary (focused, so screen readers announce
 * it), shows the saved version beside the officer's in a table, and lets the officer choose which to keep. Used by
 * every form that quotes an ETag.
 */
export function EditConflict({
  noun,
  change,
  saved,
  yours,
  keep,
  overwrite,
  onKeep,
  onOverwrite,
  pending,
}: {
  noun: string;
  change: SavedChange;
  /** The saved version, or null when it was removed. */
  saved: Described | null;
  yours: Described;
  keep: { label: string; explanation: string };
  overwrite: { label: string; explanation: string };
  onKeep: () => void;
  onOverwrite: () => void;
  pending: boolean;
}) {
  const savedHeading = change.what !== 'removed' && change.by ? `Saved by ${change.by}` : 'Saved now';
  return (
    <>
      <ErrorSummary
        title={conflictTitle(noun, change)}
        items={[{ text: 'Compare the saved version with yours and choose which to keep', href: `#${EDIT_CONFLICT_ID}` }]}
      />
      <div id={EDIT_CONFLICT_ID}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">The saved version and yours</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <td className="govuk-table__header" />
              <th scope="col" className="govuk-table__header">
                {savedHeading}
              </th>
              <th scope="col" className="govuk-table__header">
                Yours, not saved
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {Object.entries(yours).map(([field, mine]) => (
              <tr key={field} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {field}
                  {saved?.[field] !== mine && (
                    <>
                      {' '}
                      <Tag colour="yellow">Different</Tag>
                    </>
                  )}
                </th>
                <td className="govuk-table__cell app-pre-line">{saved ? saved[field] : 'Removed'}</td>
                <td className="govuk-table__cell app-pre-line">{mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2 className="govuk-heading-m">What do you want to do?</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <strong>{keep.label}</strong>: {keep.explanation}
          </li>
          <li>
            <strong>{overwrite.label}</strong>: {overwrite.explanation}
          </li>
        </ul>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onKeep} disabled={pending}>
            {keep.label}
          </button>
          <button type="button" className="govuk-button govuk-button--warning" onClick={onOverwrite} disabled={pending}>
            {overwrite.label}
          </button>
        </div>
      </div>
    </>
  );
}
