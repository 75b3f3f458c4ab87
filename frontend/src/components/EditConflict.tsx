import { formatWhen } from '@/lib/format';
import { Button, ButtonGroup } from './govuk/Button';
import { ErrorSummary } from './govuk/ErrorSummary';
import { RowHeader, Table, TableCell, TableRow } from './govuk/Table';
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
        <Table
          caption="The saved version and yours"
          head={[{ key: 'field', text: <span className="govuk-visually-hidden">Field</span> }, savedHeading, 'Yours, not saved']}
        >
          {Object.entries(yours).map(([field, mine]) => (
            <TableRow key={field}>
              <RowHeader>
                {field}
                {saved?.[field] !== mine && (
                  <>
                    {' '}
                    <Tag colour="yellow">Different</Tag>
                  </>
                )}
              </RowHeader>
              <TableCell className="app-pre-line">{saved ? saved[field] : 'Removed'}</TableCell>
              <TableCell className="app-pre-line">{mine}</TableCell>
            </TableRow>
          ))}
        </Table>
        <h2 className="govuk-heading-m">What do you want to do?</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <strong>{keep.label}</strong>: {keep.explanation}
          </li>
          <li>
            <strong>{overwrite.label}</strong>: {overwrite.explanation}
          </li>
        </ul>
        <ButtonGroup>
          <Button type="button" variant="secondary" onClick={onKeep} disabled={pending}>
            {keep.label}
          </Button>
          <Button type="button" variant="warning" onClick={onOverwrite} disabled={pending}>
            {overwrite.label}
          </Button>
        </ButtonGroup>
      </div>
    </>
  );
}

/**
 * An action that quotes what the page showed (publishing a draft, freezing a pack) was refused because somebody
 * changed it since. The page shows their version instead, and the action, taken again, acts on that.
 */
export function ChangedSince({ noun, action, href }: { noun: string; action: string; href: string }) {
  return <ErrorSummary title={conflictTitle(noun, { what: 'changed' })} items={[{ text: `The page now shows the ${noun} as saved. Check it, then ${action} it if it is ready.`, href }]} />;
}
