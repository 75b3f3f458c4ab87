import { Form, Link, useSearchParams } from 'react-router';
import { REPORT_TYPES } from '@/components/BoardTags';
import { Button } from '@/components/govuk/Button';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useMeetings } from '@/lib/api/meetings';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatDate } from '@/lib/format';
import { useReports, type Report, type ReportSearch, type ReportStatus, type ReportType } from '../api/useReports';
import { Snippet } from './Snippet';
import { REPORT_STATUSES, ReportStatusTag } from './words';

/** The search as the address holds it: shareable, and the browser's back button returns to the last one. */
function searchOf(params: URLSearchParams): ReportSearch {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const meeting = Number(params.get('meeting'));
  return {
    authority: text('authority'),
    q: text('q'),
    type: params.getAll('type').filter(Boolean) as ReportType[],
    status: text('status') as ReportStatus | undefined,
    period: text('period'),
    meeting: meeting > 0 ? meeting : undefined,
    visibility: text('visibility') as ReportSearch['visibility'],
    after: text('after'),
  };
}

const anyOption = (text: string) => ({ value: '', text });

function Filters({ search }: { search: ReportSearch }) {
  const authorities = useAuthorities();
  const permissions = usePermissions();
  const meetings = useMeetings({ authority: search.authority }, Boolean(search.authority));
  const insider = search.authority ? permissions.insiderOf(search.authority) : permissions.isInsider;
  // A new search starts at its first page: the form carries no `after`.
  return (
    <Form method="get" action="/reports" role="search" aria-label="Reports" className="app-filters">
      <TextInput id="q" type="search" label="Search reports" hint="Words from the title, summary, recommendations or text" defaultValue={search.q} />
      <Select id="authority" label="Council" defaultValue={search.authority ?? ''} options={[anyOption('Any council'), ...(authorities.data ?? []).map((a) => ({ value: a.code, text: a.name }))]} />
      <Select
        id="type"
        label="Type of report"
        defaultValue={search.type?.[0] ?? ''}
        options={[anyOption('Any type'), ...Object.entries(REPORT_TYPES).map(([value, text]) => ({ value, text }))]}
      />
      <Select id="status" label="Status" defaultValue={search.status ?? ''} options={[anyOption('Any status'), ...REPORT_STATUSES.filter((s) => insider || s.value !== 'draft')]} />
      <TextInput id="period" label="Period covered" hint="For example 2022-23" width={10} defaultValue={search.period} />
      {search.authority && (
        <Select
          id="meeting"
          label="Presented at"
          defaultValue={search.meeting ? String(search.meeting) : ''}
          options={[anyOption('Any meeting'), ...(meetings.data ?? []).map((m) => ({ value: String(m.id), text: `${formatDate(m.date)}: ${m.title}` }))]}
        />
      )}
      {insider && (
        <Select
          id="visibility"
          label="Who may read it"
          defaultValue={search.visibility ?? ''}
          options={[anyOption('Public and private'), { value: 'public', text: 'Public' }, { value: 'exempt', text: 'Private (exempt)' }]}
        />
      )}
      <Button variant="secondary">Search</Button>
    </Form>
  );
}

function Result({ report }: { report: Report }) {
  return (
    <li className="app-item-list__item">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={`/reports/${report.id}`}>
          {report.title}
        </Link>
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {REPORT_TYPES[report.type]}
        {report.periodCovered && `, ${report.periodCovered}`}
        {report.visibility === 'exempt' && ', private'}
      </p>
      {report.status && (
        <p className="govuk-body-s govuk-!-margin-bottom-1">
          <ReportStatusTag status={report.status} />
        </p>
      )}
      {report.snippet && <Snippet snippet={report.snippet} />}
    </li>
  );
}

/** The board's reports, public without signing in: a search with filters, best matches first, a page at a time. */
export function ReportsPage() {
  usePageTitle('Reports');
  const [params] = useSearchParams();
  const search = searchOf(params);
  const reports = useReports(search);
  const nextPage = new URLSearchParams(params);
  if (reports.data?.next) nextPage.set('after', reports.data.next);
  const firstPage = new URLSearchParams(params);
  firstPage.delete('after');
  const items = reports.data?.items ?? [];

  return (
    <>
      <h1 className="govuk-heading-xl">Reports</h1>
      <p className="govuk-body-l">The reports the Corporate Parenting Board reads and what it decided on them.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Filters key={params.toString()} search={search} />
        </div>
        <div className="govuk-grid-column-two-thirds">
          {reports.isError && <ProblemMessage error={reports.error} />}
          {reports.isPending && <p className="govuk-body">Loading…</p>}
          {reports.data && (
            <section aria-labelledby="results">
              <h2 className="govuk-heading-m" id="results" aria-live="polite">
                {items.length === 0 ? 'No reports found' : search.q ? `Reports matching “${search.q}”` : 'Newest first'}
              </h2>
              {items.length === 0 && <p className="govuk-body">Try other words, or fewer filters.</p>}
              <ul className="govuk-list">
                {items.map((report) => (
                  <Result key={report.id} report={report} />
                ))}
              </ul>
              {(search.after || reports.data.next) && (
                <nav className="govuk-pagination govuk-pagination--block" aria-label="Pages of results">
                  {search.after && (
                    <div className="govuk-pagination__prev">
                      <Link className="govuk-link govuk-pagination__link" to={`/reports?${firstPage}`} rel="prev">
                        <span className="govuk-pagination__link-title">First page</span>
                      </Link>
                    </div>
                  )}
                  {reports.data.next && (
                    <div className="govuk-pagination__next">
                      <Link className="govuk-link govuk-pagination__link" to={`/reports?${nextPage}`} rel="next">
                        <span className="govuk-pagination__link-title">Next page</span>
                      </Link>
                    </div>
                  )}
                </nav>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}
