import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ChangeHistory, HistoryDetails } from '@/components/ChangeHistory';
import { ConsideredAt } from '@/components/ConsideredAt';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { usePermissions } from '@/lib/auth/usePermissions';
import { useActionItem } from '../api/useActionItem';
import { useItemHistory } from '../api/useItemHistory';
import { ActionItemSummary } from './ActionItemSummary';
import { BoardQuestions } from './BoardQuestions';
import { LinkedIndicators } from './LinkedIndicators';
import { ProgressHistory } from './ProgressHistory';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { QuestionForm } from './QuestionForms';

/** Who changed the item's wording, owner, due date or status, and when: for the authority's own people. */
function ItemHistory({ id }: { id: number }) {
  const history = useItemHistory(id);
  return <ChangeHistory history={history.data} error={history.error} what="this item" />;
}

export function ActionItemPage() {
  const id = Number(useParams().id);
  const detail = useActionItem(id);
  const permissions = usePermissions();
  const [saved, setSaved] = useState<string>();
  const item = detail.data?.resource.item;
  usePageTitle(item ? `${item.year} item ${item.letter}` : 'Action item');

  if (detail.isError) return <ProblemMessage error={detail.error} />;
  if (!detail.data || !item) return <p className="govuk-body">Loading…</p>;
  const { indicators, updates, earlierUpdates, questions } = detail.data.resource;
  const canWrite = permissions.canWriteFor(item.authority);
  const finished = item.status === 'complete' || item.status === 'carried-forward';

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved && <SuccessBanner title={`Update saved: the item is now ${saved.toLowerCase()}`}>The plan shows the new status.</SuccessBanner>}
        <Link className="govuk-back-link" to={`/action-plans?authority=${item.authority}&plan=${item.planId}`}>
          Back to the {item.year} plan
        </Link>
        <ActionItemSummary item={item} />
        <LinkedIndicators indicators={indicators} authority={item.authority} />
        <ConsideredAt filter={{ actionItem: id }} what="this item" />
        <ProgressHistory updates={updates} earlierUpdates={earlierUpdates} />
        {canWrite && !finished && <ProgressUpdateForm id={id} seen={detail.data} onSaved={setSaved} />}
        {canWrite && finished && (
          <p className="govuk-inset-text">
            {item.status === 'complete' ? 'This item is complete, so it takes no more updates.' : 'This item was carried forward: add updates to next year’s item.'}
          </p>
        )}
        <BoardQuestions id={id} questions={questions} canAnswer={canWrite} />
        {permissions.canAskAbout(item.authority) && <QuestionForm id={id} />}
        {permissions.insiderOf(item.authority) && (
          <div className="app-history">
            <h2 className="govuk-heading-l">History</h2>
            <HistoryDetails summary="Who changed this item, and how">
              <ItemHistory id={id} />
            </HistoryDetails>
          </div>
        )}
      </div>
    </div>
  );
}
