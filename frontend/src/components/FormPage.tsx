import type { FormEvent, ReactNode } from 'react';
import type { ErrorSummaryItem } from './govuk/ErrorSummary';
import { ErrorSummary } from './govuk/ErrorSummary';
import { FormActions } from './govuk/FormActions';
import { ImportantBanner } from './govuk/NotificationBanner';
import { EditConflict, type Described } from './EditConflict';
import type { useEditForm } from './useEditForm';
import { usePageTitle } from './usePageTitle';

type EditState<T, I> = Pick<ReturnType<typeof useEditForm<T, I, unknown, unknown>>, 'keptTheirs' | 'conflict'>;

/**
 * A form's page in the GOV.UK pattern: the title ("Error: " first while there is a problem), the error summary, the
 * heading, the fields and the save and cancel actions. A form that edits a record quoting its ETag passes its
 * `useEditForm` state as `edit`: when somebody else saved first the page shows both versions instead of the fields,
 * and once the officer keeps theirs it says their change was not saved.
 */
export function FormPage<T, I>({
  title,
  caption,
  summary,
  onSubmit,
  submit,
  pending,
  cancelTo,
  edit,
  children,
}: {
  title: string;
  caption?: ReactNode;
  summary: ErrorSummaryItem[];
  onSubmit: (event: FormEvent) => void;
  submit: string;
  pending: boolean;
  cancelTo: string;
  edit?: EditState<T, I> & { noun: string; describeSaved: (theirs: T) => Described; describeYours: (mine: I) => Described };
  children: ReactNode;
}) {
  const conflict = edit?.conflict;
  usePageTitle(summary.length > 0 || conflict ? `Error: ${title}` : title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {edit?.keptTheirs && (
          <ImportantBanner title="You kept the saved version">
            <p className="govuk-body">Your change was not saved. The form now shows the {edit.noun} as saved: change it if you need to, then save it.</p>
          </ImportantBanner>
        )}
        {summary.length > 0 && <ErrorSummary items={summary} />}
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-xl">{title}</h1>
        {edit && conflict ? (
          <EditConflict key={conflict.key} noun={edit.noun} saved={edit.describeSaved(conflict.theirs)} yours={edit.describeYours(conflict.mine)} {...conflict.props} />
        ) : (
          <form onSubmit={onSubmit} noValidate>
            {children}
            <FormActions submit={submit} pending={pending} cancelTo={cancelTo} />
          </form>
        )}
      </div>
    </div>
  );
}
