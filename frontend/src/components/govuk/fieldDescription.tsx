import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Hint } from './Hint';

interface Description {
  hint?: ReactNode;
  error?: string;
}

/** The ids a control's aria-describedby joins, hint first, as GOV.UK Frontend orders them; none when neither shows. */
export function describedBy(id: string, { hint, error }: Description): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

/** A question's hint and error message, with the ids `describedBy` gives them. */
export function HintAndError({ id, hint, error }: Description & { id: string }) {
  return (
    <>
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
    </>
  );
}

/** The form group's class, red-edged when its question has an error. */
export function formGroupClass(error: string | undefined, className?: string) {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}${className ? ` ${className}` : ''}`;
}
