import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { EditConflict, type Described, type SavedChange } from '@/components/EditConflict';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { ImportantBanner, SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { SummaryList } from '@/components/govuk/SummaryList';
import { Textarea } from '@/components/govuk/Textarea';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { RagTag } from '@/components/RagTag';
import { OverdueTag, STATUS_OPTIONS, StatusTag, statusText } from '@/components/StatusTag';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatDate, formatReading } from '@/lib/format';
import { actionItemKey, useActionItem, useAddUpdate, useAnswerQuestion, useAskQuestion, type ActionItemDetail } from '../api/useActionItem';

type Update = ActionItemDetail['updates'][number];

function History({ entries }: { entries: { key: string; label?: string; update: Update }[] }) {
  return (
    <ol className="govuk-list app-history" reversed>
      {[...entries].reverse().map(({ key, label, update }) => (
        <li key={key} className="app-history__entry">
          <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
            {formatDate(update.date)} <StatusTag status={update.status} />
          </h4>
          <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-1">
            {update.author}
            {label && `, on ${label}`}
          </p>
          <p className="govuk-body app-pre-line">{update.text}</p>
        </li>
      ))}
    </ol>
  );
}

/** The newest update saved since the page showed the item, if the change was an update (not an edit of the item). */
function newestUnseenUpdate(seen: ActionItemDetail, theirs: ActionItemDetail): Update | undefined {
  const shown = new Set(seen.updates.map((update) => update.id));
  return theirs.updates.filter((update) => !shown.has(update.id)).at(-1);
}

function itemChange(added: Update | undefined): SavedChange {
  return added ? { what: 'updated', by: added.author, at: added.date } : { what: 'changed' };
}

function describeUpdate(update: { status: Update['status']; text: string; date?: string | null }): Described {
  return { Status: statusText(update.status), 'What has happened': update.text, Date: update.date ? formatDate(update.date) : 'Today' };
}

function describeSaved(added: Update | undefined, theirs: ActionItemDetail): Described {
  return added ? describeUpdate(added) : { Status: statusText(theirs.item.status), 'What has happened': 'No new update: the item itself was changed', Date: 'None' };
}

const ITEM_CHOICES = {
  keep: { label: 'Keep the saved version', explanation: 'the page shows their update, and yours stays in the form so you can change it before you save it' },
  overwrite: { label: 'Add yours after it', explanation: 'your update is added after theirs, and the item takes your status' },
};

const EMPTY_UPDATE = { status: '', text: '', date: '' };

/**
 * A new progress update. It quotes the version of the item the page shows, so that an update never lands on news
 * the officer has not seen; when somebody else updated the item first, the officer sees both and chooses.
 */
function UpdateForm({ id, seen, onSaved }: { id: number; seen: Seen<ActionItemDetail>; onSaved: (status: string) => void }) {
  const [form, setForm] = useState(EMPTY_UPDATE);
  const [keptTheirs, setKeptTheirs] = useState(false);
  const queryClient = useQueryClient();
  const add = useAddUpdate(id);
  const { byField, summary } = fieldErrors(add.error);
  const saved = (item: { status: string }) => {
    setForm(EMPTY_UPDATE);
    onSaved(STATUS_OPTIONS.find((o) => o.value === item.status)?.text ?? item.status);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setKeptTheirs(false);
    add.save({ status: (form.status || undefined) as Update['status'], text: form.text, date: form.date.trim() || undefined }, seen, saved);
  };
  const conflict = add.conflict;
  if (conflict) {
    const added = newestUnseenUpdate(seen.resource, conflict.theirs.resource);
    return (
      <EditConflict
        key={conflict.theirs.etag}
        noun="action item"
        change={itemChange(added)}
        saved={describeSaved(added, conflict.theirs.resource)}
        yours={describeUpdate(conflict.mine)}
        {...ITEM_CHOICES}
        pending={add.pending}
        onKeep={() => {
          // The page now shows the version saved since, so that is what the next save quotes.
          queryClient.setQueryData(actionItemKey(id), conflict.theirs);
          add.keepTheirs();
          setKeptTheirs(true);
        }}
        onOverwrite={() => add.saveMineOverTheirs(saved)}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      {keptTheirs && (
        <ImportantBanner title="You kept the saved version">
          <p className="govuk-body">Your update was not saved. The progress above now shows the update saved since you opened the page; yours is still in the form: change it if you need to, then save it.</p>
        </ImportantBanner>
      )}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <h2 className="govuk-heading-m">Add a progress update</h2>
      <Radios
        name="status"
        legend="Where does the item stand now?"
        value={form.status}
        onChange={(status) => setForm({ ...form, status })}
        error={byField.status}
        items={STATUS_OPTIONS.filter((option) => option.value !== 'carried-forward')}
      />
      <Textarea id="text" label="What has happened" rows={5} value={form.text} error={byField.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
      <TextInput
        id="date"
        label="Date of the update (optional)"
        hint="For example 2024-03-31. Leave empty for today."
        width={10}
        value={form.date}
        error={byField.date}
        onChange={(e) => setForm({ ...form, date: e.target.value })}
      />
      <button type="submit" className="govuk-button" disabled={add.pending}>
        Save update
      </button>
    </form>
  );
}

/** One text box and a button: asking a question, or answering one. Errors link to the box itself. */
function TextForm({
  id,
  label,
  action,
  pending,
  error,
  send,
}: {
  id: string;
  label: string;
  action: string;
  pending: boolean;
  error: unknown;
  send: (text: string, sent: () => void) => void;
}) {
  const [text, setText] = useState('');
  const { byField, summary } = fieldErrors(error, { text: id });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send(text, () => setText(''));
      }}
    >
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <Textarea id={id} label={label} rows={3} value={text} error={byField.text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending}>
        {action}
      </button>
    </form>
  );
}

function QuestionForm({ id }: { id: number }) {
  const ask = useAskQuestion(id);
  return (
    <TextForm
      id="question"
      label="Ask the officers a question"
      action="Ask question"
      pending={ask.isPending}
      error={ask.error}
      send={(text, sent) => ask.mutate(text, { onSuccess: sent })}
    />
  );
}

function AnswerForm({ id, questionId }: { id: number; questionId: number }) {
  const answer = useAnswerQuestion(id);
  return (
    <TextForm
      id={`answer-${questionId}`}
      label="Your answer"
      action="Answer"
      pending={answer.isPending}
      error={answer.error}
      send={(text, sent) => answer.mutate({ questionId, text }, { onSuccess: sent })}
    />
  );
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
        <span className="govuk-caption-l">
          {item.year} action plan, item {item.letter}: {item.priorityTitle}
        </span>
        <h1 className="govuk-heading-l">{item.what}</h1>
        <p className="govuk-body">
          <StatusTag status={item.status} /> {item.overdue && <OverdueTag />}
        </p>
        <SummaryList
          rows={[
            { key: 'Who will do it', value: item.owner ?? 'Not named' },
            { key: 'When', value: item.dueDate ? formatDate(item.dueDate) : 'No due date' },
            ...(item.carriedFrom
              ? [{ key: 'Continues', value: <Link className="govuk-link" to={`/action-items/${item.carriedFrom.id}`}>{item.carriedFrom.year} item {item.carriedFrom.letter}</Link> }]
              : []),
            ...(item.carriedTo
              ? [{ key: 'Carried forward to', value: <Link className="govuk-link" to={`/action-items/${item.carriedTo.id}`}>{item.carriedTo.year} item {item.carriedTo.letter}</Link> }]
              : []),
          ]}
        />
        <h2 className="govuk-heading-m">How we will do it</h2>
        {item.how.length === 0 ? <p className="govuk-body">Not set out.</p> : (
          <ul className="govuk-list govuk-list--bullet">{item.how.map((line, index) => <li key={index}>{line}</li>)}</ul>
        )}
        <h2 className="govuk-heading-m">Measures of success</h2>
        {item.measures.map((line, index) => (
          <p key={index} className="govuk-body">{line}</p>
        ))}
        {indicators.length > 0 && (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Indicators that measure this item, from the latest scorecard</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Indicator</th>
                <th scope="col" className="govuk-table__header">Year</th>
                <th scope="col" className="govuk-table__header">Value</th>
                <th scope="col" className="govuk-table__header">Target</th>
                <th scope="col" className="govuk-table__header">RAG</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {indicators.map((indicator) => (
                <tr key={indicator.code} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={`/indicators/${indicator.code}?area=${item.authority}`}>{indicator.name}</Link>
                  </th>
                  <td className="govuk-table__cell">{indicator.period ?? '–'}</td>
                  <td className="govuk-table__cell">{indicator.period ? formatReading(indicator.unit, indicator.decimals, indicator.value, indicator.symbol) : 'No value yet'}</td>
                  <td className="govuk-table__cell">{indicator.target != null ? formatReading(indicator.unit, indicator.decimals, indicator.target) : 'None'}</td>
                  <td className="govuk-table__cell">
                    <RagTag rag={indicator.rag ?? 'none'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2 className="govuk-heading-m">Progress</h2>
        {updates.length === 0 && <p className="govuk-body">No progress update yet.</p>}
        <History entries={updates.map((update) => ({ key: `u${update.id}`, update }))} />
        {earlierUpdates.length > 0 && (
          <>
            <h3 className="govuk-heading-s">From earlier years</h3>
            <History entries={earlierUpdates.map((earlier) => ({ key: `e${earlier.update.id}`, label: `${earlier.item.year} item ${earlier.item.letter}`, update: earlier.update }))} />
          </>
        )}
        {canWrite && !finished && <UpdateForm id={id} seen={detail.data} onSaved={setSaved} />}
        {canWrite && finished && (
          <p className="govuk-inset-text">
            {item.status === 'complete' ? 'This item is complete, so it takes no more updates.' : 'This item was carried forward: add updates to next year’s item.'}
          </p>
        )}
        <h2 className="govuk-heading-m">Questions from the board</h2>
        {questions.length === 0 && <p className="govuk-body">No questions yet.</p>}
        {questions.map((question) => (
          <div key={question.id} className="govuk-inset-text">
            <p className="govuk-body govuk-!-font-weight-bold">{question.text}</p>
            <p className="govuk-body-s govuk-hint">Asked by {question.askedBy} on {formatDate(question.askedAt)}</p>
            {question.answer ? (
              <>
                <p className="govuk-body app-pre-line">{question.answer}</p>
                <p className="govuk-body-s govuk-hint">Answered by {question.answeredBy}</p>
              </>
            ) : canWrite ? (
              <AnswerForm id={id} questionId={question.id} />
            ) : (
              <p className="govuk-body">Not answered yet.</p>
            )}
          </div>
        ))}
        {permissions.canAskAbout(item.authority) && <QuestionForm id={id} />}
      </div>
    </div>
  );
}
