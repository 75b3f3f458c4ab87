import type { ReactNode } from 'react';

/** GOV.UK hint text: what helps someone answer, tied to the question by its id. */
export function Hint({ id, className, children }: { id?: string; className?: string; children: ReactNode }) {
  return (
    <div id={id} className={`govuk-hint${className ? ` ${className}` : ''}`}>
      {children}
    </div>
  );
}
