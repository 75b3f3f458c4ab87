import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukComponent } from './useGovukComponent';

export interface ErrorSummaryItem {
  text: string;
  href?: string;
}

/**
 * The items in the order their fields come on the page, as GOV.UK asks (the service lists a form's errors by field
 * name); an item whose field is not on the page keeps its place after those that are.
 */
export function inPageOrder(items: ErrorSummaryItem[], root: Document = document): ErrorSummaryItem[] {
  const fieldOf = (item: ErrorSummaryItem) => (item.href?.startsWith('#') ? root.getElementById(item.href.slice(1)) : null);
  const placed = items.map((item, index) => ({ item, index, field: fieldOf(item) }));
  return placed
    .sort((a, b) => {
      if (a.field && b.field && a.field !== b.field) {
        return a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      if (a.field && !b.field) return -1;
      if (!a.field && b.field) return 1;
      return a.index - b.index;
    })
    .map(({ item }) => item);
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
            {inPageOrder(items).map((item) => (
              <li key={item.text}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
