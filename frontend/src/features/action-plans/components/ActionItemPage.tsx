import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConsideredAt } from '@/components/ConsideredAt';
import { SuccessBanner } from '@/components/govuk/NotificationBanner';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { usePermissions } from '@/lib/auth/usePermissions';
import { useActionItem } from '../api/useActionItem';
import { ActionItemSummary } from './ActionItemSummary';
import { BoardQuestions } from './BoardQuestions';
import { LinkedIndicators } from './LinkedIndicators';
import { ProgressHistory } from './ProgressHistory';
import { ProgressUpdateForm } from './ProgressUpdateForm';
import { QuestionForm } from './QuestionForms';

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
      </div>
    </div>
  );
}
