import type { ReactNode } from 'react';
import type { Report, ReportVersion } from '../api/useReports';
import { ReportBody } from './ReportBody';

/**
 * What the report says, as published: the executive summary, the recommendations (each followed by what the page
 * adds about it, such as the board's decision) and the sections. Shared by the current version and earlier ones.
 */
export function ReportDocument({ report, afterRecommendation }: { report: Report | ReportVersion; afterRecommendation?: (number: number) => ReactNode }) {
  return (
    <>
      {report.executiveSummary && (
        <section aria-labelledby="executive-summary">
          <h2 className="govuk-heading-l" id="executive-summary">
            Executive summary
          </h2>
          <p className="govuk-body app-pre-line">{report.executiveSummary}</p>
        </section>
      )}
      {report.recommendations.length > 0 && (
        <section aria-labelledby="recommendations">
          <h2 className="govuk-heading-l" id="recommendations">
            Recommendations
          </h2>
          <ol className="govuk-list govuk-list--number">
            {report.recommendations.map((recommendation, index) => (
              <li key={index} className="govuk-!-margin-bottom-4">
                {recommendation}
                {afterRecommendation?.(index + 1)}
              </li>
            ))}
          </ol>
        </section>
      )}
      <ReportBody sections={report.sections ?? []} />
      {!report.sections?.length && report.body && <p className="govuk-body app-pre-line">{report.body}</p>}
    </>
  );
}
