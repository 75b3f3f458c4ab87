import { Link, useParams } from 'react-router';
import { REPORT_TYPES } from '@/components/BoardTags';
import { DownloadLink } from '@/components/DownloadLink';
import { Button, ButtonGroup, ButtonLink } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { SummaryList } from '@/components/govuk/SummaryList';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { ProblemMessage } from '@/components/ProblemMessage';
import { ChangedSince } from '@/components/EditConflict';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useSavedMessage } from '@/lib/useSavedMessage';
import type { Seen } from '@/lib/api/seen';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatDate, formatWhen } from '@/lib/format';
import { reportPdfHref, usePublishReport, useReport, useReportVersions, type Report, type ReportVersion } from '../api/useReports';
import { ReportDocument } from './ReportDocument';
import { OUTCOMES, ReportStatusTag } from './words';

/** Where the report was presented: each meeting's date linking to its page, with the agenda item. */
export function PresentedAt({ report }: { report: Report }) {
  const presentations = report.presentedAt ?? [];
  if (presentations.length === 0) return <>Not yet</>;
  return (
    <ul className="govuk-list">
      {presentations.map((presentation) => (
        <li key={presentation.agendaItemId}>
          <Link className="govuk-link" to={`/meetings/${presentation.meetingId}`}>
            {presentation.meetingTitle ? `${presentation.meetingTitle}, ` : ''}
            {formatDate(presentation.meetingDate)}
          </Link>
          , item {presentation.agendaItemNumber}: {presentation.agendaItemTitle}
        </li>
      ))}
    </ul>
  );
}

/** The facts about a report (or one of its versions), as the front sheet of a committee report gives them. */
export function ReportFacts({ report }: { report: Report | ReportVersion }) {
  const current = 'status' in report ? report : undefined;
  const published =
    'number' in report ? { number: report.number, publishedAt: report.publishedAt } : report.publishedAt ? { number: report.documentVersion, publishedAt: report.publishedAt } : undefined;
  return (
    <SummaryList
      rows={[
        { key: 'Type', value: REPORT_TYPES[report.type] },
        { key: 'Period covered', value: report.periodCovered ?? 'Not given' },
        { key: 'Author', value: report.author ?? 'Not given' },
        { key: 'Contact officer', value: report.contactOfficer ?? 'Not given' },
        ...(current ? [{ key: 'Status', value: <ReportStatusTag status={current.status} /> }] : []),
        { key: 'Version', value: published ? `Version ${published.number}, published ${formatWhen(published.publishedAt)}` : 'Not published yet' },
        ...(report.visibility === 'exempt'
          ? [{ key: 'Who may read it', value: `Private: exempt under paragraph ${report.exemptParagraph ?? ''} of Schedule 12A to the Local Government Act 1972` }]
          : []),
        ...(current ? [{ key: 'Presented at', value: <PresentedAt report={current} /> }] : []),
      ]}
    />
  );
}

/** Whether the report has a version written for children and young people. */
export const offersChildFriendly = (report: Report | ReportVersion) =>
  (report.childFriendlySummary?.length ?? 0) > 0 || (report.sections ?? []).some((section) => section.blocks.some((block) => block.kind === 'you-said-we-did'));

/** The PDF of the report (of an earlier version, if given), and its child-friendly edition where it has one. */
export function ReportDownloads({ id, report, version }: { id: number; report: Report | ReportVersion; version?: number }) {
  return (
    <ul className="govuk-list app-downloads">
      <li>
        <DownloadLink href={reportPdfHref(id, { version })} fallbackName={`report-${id}.pdf`}>
          Download as PDF<span className="govuk-visually-hidden">: {report.title}</span>
        </DownloadLink>
      </li>
      {offersChildFriendly(report) && (
        <li>
          <DownloadLink href={reportPdfHref(id, { version, edition: 'child-friendly' })} fallbackName={`report-${id}-child-friendly.pdf`}>
            Download the child-friendly version (PDF)
          </DownloadLink>
        </li>
      )}
    </ul>
  );
}

/**
 * Publishing a draft quotes the version the page shows. If somebody changed the draft meanwhile, the page shows
 * theirs instead (the conflict holds it) and publishing again publishes what is now shown.
 */
function PublishDraft({ publish, shown }: { publish: ReturnType<typeof usePublishReport>; shown: Seen<Report> }) {
  const { summary } = fieldErrors(publish.error);
  return (
    <>
      {summary.length > 0 && <ErrorSummary items={summary} />}
      {publish.conflict && <ChangedSince noun="draft" action="publish" href="#report-title" />}
      <ButtonGroup>
        <Button type="button" disabled={publish.pending} onClick={() => (publish.conflict ? publish.saveMineOverTheirs() : publish.save(null, shown))}>
          Publish this report
        </Button>
      </ButtonGroup>
    </>
  );
}

function Decision({ report, number, canWrite }: { report: Report; number: number; canWrite: boolean }) {
  const decision = report.decisions?.find((candidate) => candidate.recommendation === number);
  const presented = report.status === 'presented';
  return (
    <>
      {decision && (
        <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-1 app-decision">
          <strong>The board&apos;s decision:</strong> {OUTCOMES[decision.outcome]} on {formatDate(decision.decidedOn)}
          {decision.words && `. ${decision.words}`}
        </p>
      )}
      {canWrite && presented && (
        <Link className="govuk-link govuk-body-s" to={`/reports/${report.id}/recommendations/${number}/decision`}>
          {decision ? 'Change the decision' : "Record the board's decision"}
          {' '}
          <span className="govuk-visually-hidden">on recommendation {number}</span>
        </Link>
      )}
    </>
  );
}

function Versions({ report }: { report: Report }) {
  const versions = useReportVersions(report.id);
  const permissions = usePermissions();
  if (!report.publishedAt) return null;
  const insider = permissions.insiderOf(report.authority);
  return (
    <section aria-labelledby="versions">
      <h2 className="govuk-heading-l" id="versions">
        Versions
      </h2>
      {versions.isError && <ProblemMessage error={versions.error} />}
      {versions.data && (
        <div className="app-table-scroll" role="region" aria-label="Versions of this report" tabIndex={0}>
          <Table
            caption="Versions of this report"
            captionHidden
            head={['Version', 'Published', ...(insider ? ['By'] : []), 'Reason for the change']}
          >
            {versions.data.map((version) => (
              <TableRow key={version.number}>
                <RowHeader>
                  {version.number === report.documentVersion ? (
                    `Version ${version.number} (this one)`
                  ) : (
                    <Link className="govuk-link" to={`/reports/${report.id}/versions/${version.number}`}>
                      Version {version.number}
                    </Link>
                  )}
                </RowHeader>
                <TableCell>{formatDate(version.publishedAt)}</TableCell>
                {insider && <TableCell>{version.publishedBy ?? ''}</TableCell>}
                <TableCell>{version.reason ?? (version.number === 1 ? 'First published' : '')}</TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}

/** A report presented to the board: its front sheet, what it recommends and what the board decided, its sections. */
export function ReportPage() {
  const id = Number(useParams().id);
  const report = useReport(id);
  const publish = usePublishReport(id);
  const permissions = usePermissions();
  const saved = useSavedMessage();
  const shown = publish.conflict?.theirs ?? report.data;
  const data = shown?.resource;
  usePageTitle(data?.title ?? 'Report');

  if (report.isError) return <ProblemMessage error={report.error} />;
  if (!shown || !data) return <p className="govuk-body">Loading…</p>;
  const canWrite = permissions.canWriteFor(data.authority);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full app-report">
        {saved && (
          <SuccessBanner title={saved}>
            <p className="govuk-body">The report below shows the change.</p>
          </SuccessBanner>
        )}
        <Link className="govuk-back-link" to={`/reports?authority=${data.authority}`}>
          All reports
        </Link>
        <span className="govuk-caption-l">{REPORT_TYPES[data.type]}</span>
        <h1 className="govuk-heading-xl" id="report-title" tabIndex={-1}>
          {data.title}
        </h1>
        <ReportFacts report={data} />
        <ReportDownloads id={id} report={data} />
        {canWrite && data.status === 'draft' && <PublishDraft publish={publish} shown={shown} />}
        {canWrite && data.status !== 'draft' && (
          <ButtonGroup>
            <ButtonLink variant="secondary" to={`/reports/${id}/new-version`}>
              Publish a new version
            </ButtonLink>
          </ButtonGroup>
        )}
        {(data.childFriendlySummary?.length ?? 0) > 0 && (
          <section aria-labelledby="child-friendly" className="app-young-people">
            <h2 className="govuk-heading-l" id="child-friendly">
              For children and young people
            </h2>
            {data.childFriendlySummary!.map((part, index) => (
              <div key={index}>
                <h3 className="govuk-heading-m">{part.heading}</h3>
                <p className="govuk-body app-pre-line">{part.text}</p>
              </div>
            ))}
          </section>
        )}
        <ReportDocument report={data} afterRecommendation={(number) => <Decision report={data} number={number} canWrite={canWrite} />} />
        <Versions report={data} />
      </div>
    </div>
  );
}
