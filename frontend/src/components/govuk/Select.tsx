import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FormGroup } from './FormGroup';

export interface Option {
  value: string;
  text: string;
}

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

export function Select({ id, label, hint, error, options, ...select }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} name={id} className={`govuk-select${error ? ' govuk-select--error' : ''}`} aria-describedby={describedBy} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
