import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FormGroup } from './FormGroup';

type Props = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function Textarea({ id, label, hint, error, ...textarea }: Props) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea id={id} name={id} className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} aria-describedby={describedBy} {...textarea} />
      )}
    </FormGroup>
  );
}
