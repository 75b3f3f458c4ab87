import { Link, useParams } from 'react-router';
import { CitedAsks } from '@/components/CitedAsks';
import { DownloadLink } from '@/components/DownloadLink';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { SummaryList } from '@/components/govuk/SummaryList';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { Tag } from '@/components/govuk/Tag';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { usePermissions } from '@/lib/auth/usePermissions';
import { useSavedMessage } from '@/lib/useSavedMessage';
import { formatDate, formatWhen } from '@/lib/format';
import { packPdfHref, useFreezePack, usePack, type PackContent, type PerformancePack } from '../api/usePacks';
import { CommentaryForm } from './CommentaryForm';
import { FreezeForm } from './FreezeForm';
import { PackChanges } from './PackChanges';
import { PackScorecard } from './PackScorecard';

function Facts({ pack }: { pack: PerformancePack }) {
  const presented = pack.presentedAt;
  return (
    <SummaryList
      rows={[
        { key: 'Council', value: pack.content.authority.name },
        { key: 'Period', value: pack.periodLabel },
        { key: 'Status', value: pack.status === 'frozen' ? <Tag colour="green">Frozen as presented</Tag> : <Tag colour="grey">Draft</Tag> },
        { key: 'Figures as at', value: formatWhen(pack.content.generatedAt) },
        ...(pack.frozenAt ? [{ key: 'Frozen', value: `Frozen ${formatWhen(pack.frozenAt)}${pack.frozenBy ? ` by ${pack.frozenBy}` : ''}` }] : []),
        ...(presented
          ? [
              {
                key: 'Presented at',
                value: (
                  <>
                    <Link className="govuk-link" to={`/meetings/${presented.meetingId}`}>
                      {formatDate(presented.meetingDate)}
                    </Link>
                    {presented.agendaItemNumber && `, item ${presented.agendaItemNumber}`}
                  </>
                ),
              },
            ]
          : []),
        ...(pack.contentSha256
          ? [
              {
                key: 'SHA-256 of its content',
                value: <code className="app-sha">{pack.contentSha256}</code>,
              },
            ]
          : []),
      ]}
    />
  );
}

function Exceptions({ content }: { content: PackContent }) {
  const { red, declining, overdueActions, dataWarnings } = content.exceptions;
  const list = (entries: { indicator: string; name: string; reason: string }[]) =>
    entries.length === 0 ? (
      <p className="govuk-body">None.</p>
    ) : (
      <ul className="govuk-list govuk-list--bullet">
        {entries.map((entry) => (
          <li key={entry.indicator}>
            <a className="govuk-link" href={`#indicator-${entry.indicator}`}>
              {entry.name}
            </a>
            : {entry.reason}
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="exceptions">
      <h2 className="govuk-heading-l" id="exceptions">
        Exceptions
      </h2>
      <h3 className="govuk-heading-m">Red against target</h3>
      {list(red)}
      <h3 className="govuk-heading-m">Getting worse</h3>
      {list(declining)}
      <h3 className="govuk-heading-m">Overdue actions</h3>
      {overdueActions.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <div className="app-table-scroll" role="region" aria-label="Overdue actions" tabIndex={0}>
          <Table caption="Overdue actions" captionHidden head={['Action', 'Plan', 'Owner', 'Due', 'Status']}>
            {overdueActions.map((action) => (
              <TableRow key={action.itemId}>
                <RowHeader>
                  <Link className="govuk-link" to={`/action-items/${action.itemId}`}>
                    {action.letter}. {action.title}
                  </Link>
                </RowHeader>
                <TableCell>{action.plan}</TableCell>
                <TableCell>{action.owner ?? 'Not given'}</TableCell>
                <TableCell>{action.due ? formatDate(action.due) : 'Not given'}</TableCell>
                <TableCell>{action.status}</TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
      <h3 className="govuk-heading-m">Open data warnings</h3>
      {dataWarnings.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {dataWarnings.map((warning, index) => (
            <li key={index}>
              {warning.name}: {warning.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A performance pack: while a draft, generated from today's figures with the officers' commentary, and frozen once
 * presented; then it shows what the board saw, its SHA-256, and what has changed since.
 */
export function PackPage() {
  const id = Number(useParams().id);
  const pack = usePack(id);
  const freeze = useFreezePack(id);
  const permissions = usePermissions();
  const saved = useSavedMessage();
  const shown = freeze.conflict?.theirs ?? pack.data;
  const data = shown?.resource;
  usePageTitle(data?.title ?? 'Performance pack');

  if (pack.isError) return <ProblemMessage error={pack.error} />;
  if (!shown || !data) return <p className="govuk-body">Loading…</p>;
  const draft = data.status === 'draft';
  const canWrite = permissions.canWriteFor(data.authority);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full app-report">
        {saved && (
          <SuccessBanner title={saved}>
            <p className="govuk-body">The pack below shows it.</p>
          </SuccessBanner>
        )}
        <Link className="govuk-back-link" to={`/performance-packs?authority=${data.authority}`}>
          All performance packs
        </Link>
        <span className="govuk-caption-l">Performance pack</span>
        <h1 className="govuk-heading-xl" id="pack-title" tabIndex={-1}>
          {data.title}
        </h1>
        {!draft && data.frozenAt && <p className="govuk-body-l">Frozen on {formatDate(data.frozenAt)}: this is the pack as the board saw it.</p>}
        <Facts pack={data} />
        <ul className="govuk-list app-downloads">
          <li>
            <DownloadLink href={packPdfHref(id)} fallbackName={`performance-pack-${id}.pdf`}>
              Download as PDF<span className="govuk-visually-hidden">: {data.title}</span>
            </DownloadLink>
          </li>
          {!draft && (
            <li>
              <a className="govuk-link" href="#changes">
                What has changed since it was frozen
              </a>
            </li>
          )}
        </ul>
        <PackScorecard
          content={data.content}
          commentaryOf={(indicator) =>
            draft && canWrite ? (
              <CommentaryForm packId={id} indicator={indicator} shown={shown} />
            ) : (
              indicator.commentary && (
                <div className="govuk-inset-text">
                  <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Commentary</h4>
                  <p className="govuk-body app-pre-line govuk-!-margin-bottom-0">{indicator.commentary}</p>
                </div>
              )
            )
          }
        />
        <Exceptions content={data.content} />
        <section aria-labelledby="young-people">
          <h2 className="govuk-heading-l" id="young-people">
            What young people told us
          </h2>
          <CitedAsks asks={data.content.youngPeopleToldUs} level={3} />
        </section>
        {draft && canWrite && <FreezeForm pack={data} shown={shown} freeze={freeze} />}
        {!draft && <PackChanges packId={id} />}
      </div>
    </div>
  );
}
