import { Link } from 'react-router';
import { Button, ButtonGroup } from './Button';

/** A form's main button and, beside it, the way back without saving. */
export function FormActions({ submit, pending, cancelTo }: { submit: string; pending: boolean; cancelTo: string }) {
  return (
    <ButtonGroup>
      <Button disabled={pending}>{submit}</Button>
      <Link className="govuk-link" to={cancelTo}>
        Cancel
      </Link>
    </ButtonGroup>
  );
}
