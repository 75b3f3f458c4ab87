import { SkipLink as GovukSkipLink } from 'govuk-frontend';
import { useGovukComponent } from './useGovukComponent';

export function SkipLink({ targetId = 'main-content' }: { targetId?: string }) {
  const ref = useGovukComponent<HTMLAnchorElement>(GovukSkipLink);
  return (
    <a ref={ref} href={`#${targetId}`} className="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}
