import { Link } from 'react-router';
import { usePermissions } from '@/lib/auth/usePermissions';
import { DataCheckSummary } from '@/components/DataCheckSummary';
import { useDataChecks } from '@/lib/api/dataChecks';

/** The indicator's open warnings for the authority, on its page, for the authority's own people only. */
export function IndicatorDataChecks({ code, area }: { code: string; area: string | undefined }) {
  const permissions = usePermissions();
  const visible = Boolean(area) && permissions.canSeeChecksOf(area ?? '');
  const checks = useDataChecks(visible ? area : undefined, 'open', code);
  if (!visible || !checks.data || checks.data.length === 0) return null;
  return (
    <section className="govuk-inset-text" aria-labelledby="data-checks-heading">
      <h2 className="govuk-heading-m" id="data-checks-heading">
        Data checks
      </h2>
      {checks.data.map((check) => (
        <DataCheckSummary key={check.key} check={check} />
      ))}
      <p className="govuk-body">
        <Link className="govuk-link" to={`/data-checks?authority=${area}`}>
          Explain them on the data checks page
        </Link>
      </p>
    </section>
  );
}
