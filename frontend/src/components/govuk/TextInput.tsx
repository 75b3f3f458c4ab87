import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormGroup } from './FormGroup';

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  width?: 2 | 3 | 4 | 5 | 10 | 20;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

export function TextInput({ id, label, hint, error, width, className, ...input }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FormGroup>
  );
}
