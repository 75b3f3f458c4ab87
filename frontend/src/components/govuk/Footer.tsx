import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** `reloadDocument`: a page the server serves (such as the API reference), not one of the web client's routes. */
export type FooterLink = { text: string; href: string; reloadDocument?: boolean };

export function Footer({ links = [], children }: { links?: FooterLink[]; children?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {links.length > 0 && (
              <>
                <h2 className="govuk-visually-hidden">Support links</h2>
                <ul className="govuk-footer__inline-list">
                  {links.map((link) => (
                    <li key={link.href} className="govuk-footer__inline-list-item">
                      <Link className="govuk-footer__link" to={link.href} reloadDocument={link.reloadDocument}>
                        {link.text}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {children}
            <span className="govuk-footer__licence-description">
              All content is available under the{' '}
              <a className="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                Open Government Licence v3.0
              </a>
              , except where otherwise stated
            </span>
          </div>
        </div>
      </div>
    </footer>
  );
}
