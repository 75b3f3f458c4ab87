import type { ReactNode } from 'react';
import { Fieldset, type LegendSize } from './Fieldset';
import { describedBy, formGroupClass, HintAndError } from './fieldDescription';

/** A GOV.UK form group: label, hint and error message tied to the control by id, as screen readers need. */
export function FormGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  return (
    <div className={formGroupClass(error)}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy(id, { hint, error }))}
    </div>
  );
}

export interface FieldsetQuestion {
  /** The question, as the fieldset's legend; without one the controls stand alone, with no fieldset. */
  legend?: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
}

/**
 * A form group whose question several controls answer (radios, checkboxes): the hint and error message sit in the
 * fieldset, which they describe, above the controls.
 */
export function FieldsetGroup({ id, legend, legendSize, isPageHeading, hint, error, className, children }: FieldsetQuestion & { id: string; className?: string; children: ReactNode }) {
  const inner = (
    <>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </>
  );
  return (
    <div className={formGroupClass(error, className)}>
      {legend === undefined ? (
        inner
      ) : (
        <Fieldset legend={legend} legendSize={legendSize} isPageHeading={isPageHeading} describedBy={describedBy(id, { hint, error })}>
          {inner}
        </Fieldset>
      )}
    </div>
  );
}
