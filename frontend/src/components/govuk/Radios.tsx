import type { ReactNode } from 'react';

export interface RadioItem {
  value: string;
  text: string;
  hint?: string;
}

/** GOV.UK radios in a fieldset whose legend is the question. */
export function Radios({
  name,
  legend,
  hint,
  error,
  items,
  value,
  onChange,
  inline,
}: {
  name: string;
  legend: ReactNode;
  hint?: string;
  error?: string;
  items: RadioItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  const describedBy = [hint ? `${name}-hint` : undefined, error ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${name}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={`${name}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {items.map((item, index) => {
            const id = index === 0 ? name : `${name}-${item.value}`;
            return (
              <div key={item.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && (
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
