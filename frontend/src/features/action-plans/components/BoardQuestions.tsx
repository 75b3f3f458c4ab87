import { formatDate } from '@/lib/format';
import type { ActionItemDetail } from '../api/useActionItem';
import { AnswerForm } from './QuestionForms';

/** The board's questions about the item and the officers' answers; an officer who may write answers those still open. */
export function BoardQuestions({ id, questions, canAnswer }: { id: number; questions: ActionItemDetail['questions']; canAnswer: boolean }) {
  return (
    <>
      <h2 className="govuk-heading-m">Questions from the board</h2>
      {questions.length === 0 && <p className="govuk-body">No questions yet.</p>}
      {questions.map((question) => (
        <div key={question.id} className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">{question.text}</p>
          <p className="govuk-body-s govuk-hint">
            Asked by {question.askedBy} on {formatDate(question.askedAt)}
          </p>
          {question.answer ? (
            <>
              <p className="govuk-body app-pre-line">{question.answer}</p>
              <p className="govuk-body-s govuk-hint">Answered by {question.answeredBy}</p>
            </>
          ) : canAnswer ? (
            <AnswerForm id={id} questionId={question.id} />
          ) : (
            <p className="govuk-body">Not answered yet.</p>
          )}
        </div>
      ))}
    </>
  );
}
