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
  // An uncontrolled select takes its default only when it mounts: mount it again when the default or the options
  // change (options often arrive after the page), so that it shows the default rather than the first option.
  const uncontrolled = select.value === undefined ? `${String(select.defaultValue ?? '')}|${options.map((o) => o.value).join('|')}` : undefined;
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select key={uncontrolled} id={id} name={id} className={`govuk-select${error ? ' govuk-select--error' : ''}`} aria-describedby={describedBy} {...select}>
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
