import { Link } from 'react-router';
import { usePageTitle } from '@/components/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to the Promise home page
          </Link>
        </p>
      </div>
    </div>
  );
}
