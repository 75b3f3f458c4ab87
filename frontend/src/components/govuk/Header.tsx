import { Link } from 'react-router';

/** GOV.UK Frontend's generic header: for services that are not on GOV.UK, so no crown. */
export function Header({ serviceName, homeHref = '/' }: { serviceName: string; homeHref?: string }) {
  return (
    <header className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to={homeHref} className="govuk-generic-header__homepage-link">
            {serviceName}
          </Link>
        </div>
      </div>
    </header>
  );
}
