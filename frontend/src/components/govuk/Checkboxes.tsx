import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldsetGroup, type FieldsetQuestion } from './FormGroup';
import { Hint } from './Hint';

export type CheckboxItem = {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
  /** A box that answers a question of its own (a filter, say) has its own id and name; by default the group's. */
  id?: string;
  name?: string;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'checked' | 'defaultChecked' | 'onChange'>;

/** GOV.UK checkboxes: in a fieldset whose legend is the question, or, without a legend, boxes that stand alone. */
export function Checkboxes({
  name,
  items,
  small,
  className,
  ...question
}: FieldsetQuestion & {
  name: string;
  items: CheckboxItem[];
  small?: boolean;
  /** Classes for the form group, such as a spacing override. */
  className?: string;
}) {
  return (
    <FieldsetGroup id={name} className={className} {...question}>
      <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
        {items.map(({ value, text, hint, id: ownId, name: ownName, ...input }, index) => {
          // The first box takes the question's own id, so that an error summary's link lands on it.
          const id = ownId ?? (index === 0 ? name : `${name}-${index + 1}`);
          const hintId = hint ? `${id}-item-hint` : undefined;
          return (
            <div key={id} className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id={id} name={ownName ?? name} type="checkbox" value={value} aria-describedby={hintId} {...input} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {text}
              </label>
              {hint && (
                <Hint id={hintId} className="govuk-checkboxes__hint">
                  {hint}
                </Hint>
              )}
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
