import { Link } from 'react-router';

/** A form's main button and, beside it, the way back without saving. */
export function FormActions({ submit, pending, cancelTo }: { submit: string; pending: boolean; cancelTo: string }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" disabled={pending}>
        {submit}
      </button>
      <Link className="govuk-link" to={cancelTo}>
        Cancel
      </Link>
    </div>
  );
}
