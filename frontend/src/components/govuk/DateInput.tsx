import { useState, type ReactNode } from 'react';
import { DATE_PARTS, dateProblem, joinParts, partsOf, type DatePart, type DateParts } from '@/lib/dateParts';
import { describedBy, formGroupClass, HintAndError } from './fieldDescription';

const BOXES: { part: DatePart; label: string; width: 2 | 4 }[] = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
];

/**
 * GOV.UK's date input: day, month and year in three boxes inside a fieldset whose legend is the question. The form
 * holds the date as one string (`joinParts`); `name` is how error messages call it ("Date of the decision must
 * include a month"). The boxes marked red are those at fault, or all three when the API refused the date itself.
 */
export function DateInput({
  id,
  legend,
  name,
  hint = 'For example, 13 11 2023',
  error,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  // The boxes as typed: a value joined from them gives them back, any other (a reloaded record) replaces them.
  const [typed, setTyped] = useState<DateParts>(() => partsOf(value));
  const parts = joinParts(typed) === value ? typed : partsOf(value);
  const atFault = error ? (dateProblem(name, value)?.parts ?? DATE_PARTS) : [];
  const change = (part: DatePart) => (event: { target: { value: string } }) => {
    const next = { ...parts, [part]: event.target.value };
    setTyped(next);
    onChange(joinParts(next));
  };
  return (
    <div className={formGroupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, { hint, error })}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ part, label, width }) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${atFault.includes(part) ? ' govuk-input--error' : ''}`}
                  value={parts[part]}
                  onChange={change(part)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
