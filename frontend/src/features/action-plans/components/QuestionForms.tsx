import { useState } from 'react';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { Textarea } from '@/components/govuk/Textarea';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useAnswerQuestion, useAskQuestion } from '../api/useActionItem';

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
      <Button variant="secondary" disabled={pending}>
        {action}
      </Button>
    </form>
  );
}

/** A board member asks the officers about the item. */
export function QuestionForm({ id }: { id: number }) {
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

/** An officer answers a board member's question. */
export function AnswerForm({ id, questionId }: { id: number; questionId: number }) {
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
