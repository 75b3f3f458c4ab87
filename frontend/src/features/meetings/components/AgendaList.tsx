import { Link } from 'react-router';
import { Tag } from '@/components/govuk/Tag';
import type { AgendaItem } from '../api/useMeeting';
import { privateItemText } from './words';

function ItemLinks({ item, authority }: { item: AgendaItem; authority: string }) {
  return (
    <>
      {item.papers.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Papers</p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {item.papers.map((paper) => (
              <li key={paper.id}>
                {paper.report ? (
                  <>
                    {paper.title} (report:{' '}
                    <Link className="govuk-link" to={`/reports/${paper.report.id}`}>
                      {paper.report.title}
                    </Link>
                    )
                  </>
                ) : (
                  paper.title
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.indicators.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Indicators considered</p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {item.indicators.map((indicator) => (
              <li key={indicator.code}>
                <Link className="govuk-link" to={`/indicators/${indicator.code}?area=${authority}`}>
                  {indicator.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {item.actionItems.length > 0 && (
        <>
          <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">Action plan items considered</p>
          <ul className="govuk-list govuk-list--bullet govuk-body-s">
            {item.actionItems.map((actionItem) => (
              <li key={actionItem.id}>
                <Link className="govuk-link" to={`/action-items/${actionItem.id}`}>
                  {actionItem.planYear} item {actionItem.letter}: {actionItem.what}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/**
 * The agenda, numbered as printed. A private (exempt) item shows its title, its paragraph of Schedule 12A and the
 * reason the public is given; the service sends no more of it to those who may not read it.
 */
export function AgendaList({ meetingId, authority, items, canWrite }: { meetingId: number; authority: string; items: AgendaItem[]; canWrite: boolean }) {
  return (
    <section aria-labelledby="agenda">
      <h2 className="govuk-heading-l" id="agenda">
        Agenda
      </h2>
      {items.length === 0 && <p className="govuk-body">The agenda has not been published yet.</p>}
      <ol className="govuk-list app-agenda">
        {items.map((item) => (
          <li key={item.id} className="app-item-list__item" value={item.number}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
              {item.number}. {item.title}
            </h3>
            {item.exempt && (
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <Tag colour="purple">{privateItemText(item.exemptParagraph)}</Tag>
              </p>
            )}
            {item.exempt && item.exemptReason && <p className="govuk-body-s">{item.exemptReason}</p>}
            {item.description && <p className="govuk-body app-pre-line">{item.description}</p>}
            <ItemLinks item={item} authority={authority} />
            {canWrite && (
              <Link className="govuk-link govuk-body-s" to={`/meetings/${meetingId}/items/${item.id}/edit`}>
                Change item {item.number}
                <span className="govuk-visually-hidden">: {item.title}</span>
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
