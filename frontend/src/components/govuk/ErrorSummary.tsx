import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukComponent } from './useGovukComponent';

export interface ErrorSummaryItem {
  text: string;
  href?: string;
}

/** "There is a problem": the GOV.UK error summary, focused when it appears so screen readers announce it. */
export function ErrorSummary({ title = 'There is a problem', items }: { title?: string; items: ErrorSummaryItem[] }) {
  const ref = useGovukComponent<HTMLDivElement>(GovukErrorSummary);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={item.text}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
