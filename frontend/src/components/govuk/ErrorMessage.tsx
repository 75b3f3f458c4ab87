import type { ReactNode } from 'react';

/** GOV.UK error message; the hidden "Error:" tells screen reader users what the red text means. */
export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
