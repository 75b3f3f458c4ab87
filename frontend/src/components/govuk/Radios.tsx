import type { ReactNode } from 'react';
import { FieldsetGroup, type FieldsetQuestion } from './FormGroup';
import { Hint } from './Hint';

export interface RadioItem {
  value: string;
  text: string;
  hint?: string;
}

/** GOV.UK radios in a fieldset whose legend is the question. */
export function Radios({
  name,
  items,
  value,
  onChange,
  inline,
  ...question
}: FieldsetQuestion & {
  name: string;
  legend: ReactNode;
  items: RadioItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}) {
  return (
    <FieldsetGroup id={name} {...question}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
        {items.map((item, index) => {
          // The first radio takes the question's own id, so that an error summary's link lands on it.
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
                <Hint id={`${id}-item-hint`} className="govuk-radios__hint">
                  {item.hint}
                </Hint>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
