import { Link, useParams } from 'react-router';
import { REPORT_TYPES } from '@/components/BoardTags';
import { ImportantBanner } from '@/components/govuk/NotificationBanner';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { formatDate } from '@/lib/format';
import { useReportVersion, useReportVersions } from '../api/useReports';
import { ReportDocument } from './ReportDocument';
import { ReportDownloads, ReportFacts } from './ReportPage';

/** An earlier version of a published report, as it was published; its cited figures are read as they stand now. */
export function ReportVersionPage() {
  const id = Number(useParams().id);
  const number = Number(useParams().number);
  const version = useReportVersion(id, number);
  const versions = useReportVersions(id);
  const data = version.data;
  usePageTitle(data ? `${data.title}, version ${number}` : `Report, version ${number}`);

  const failed = version.error ?? versions.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!data || !versions.data) return <p className="govuk-body">Loading…</p>;
  const latest = Math.max(...versions.data.map((candidate) => candidate.number));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full app-report">
        <Link className="govuk-back-link" to={`/reports/${id}`}>
          The current version
        </Link>
        {number !== latest && (
          <ImportantBanner title={`This is version ${number} of ${latest}`}>
            <p className="govuk-body">
              It was published on {formatDate(data.publishedAt)}.{' '}
              <Link className="govuk-notification-banner__link" to={`/reports/${id}`}>
                Read the current version
              </Link>
              .
            </p>
          </ImportantBanner>
        )}
        <span className="govuk-caption-l">
          {REPORT_TYPES[data.type]}, version {number}
        </span>
        <h1 className="govuk-heading-xl">{data.title}</h1>
        <ReportFacts report={data} />
        <ReportDownloads id={id} report={data} version={number} />
        <ReportDocument report={data} />
      </div>
    </div>
  );
}
