import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ServiceNavigation as GovukServiceNavigation } from 'govuk-frontend';
import { useGovukComponent } from './useGovukComponent';

export interface NavigationItem {
  text: string;
  href: string;
  current?: boolean;
  onClick?: () => void;
}

export function ServiceNavigation({ items, label = 'Menu', end }: { items: NavigationItem[]; label?: string; end?: ReactNode }) {
  const ref = useGovukComponent<HTMLElement>(GovukServiceNavigation);
  return (
    <section ref={ref} aria-label="Service information" className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={label} className="govuk-service-navigation__wrapper">
            <button type="button" className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden>
              {label}
            </button>
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li key={item.href} className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}>
                  <Link
                    className="govuk-service-navigation__link"
                    to={item.href}
                    aria-current={item.current ? 'page' : undefined}
                    onClick={
                      item.onClick &&
                      ((event) => {
                        event.preventDefault();
                        item.onClick?.();
                      })
                    }
                  >
                    {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {end}
      </div>
    </section>
  );
}
