import { ApiError } from '@/lib/api/problem';
import { ErrorSummary } from './govuk/ErrorSummary';

/** Shows why something could not be loaded, in the words the API gave, never a stack trace. */
export function ProblemMessage({ error }: { error: unknown }) {
  const text =
    error instanceof ApiError
      ? (error.problem.detail ?? error.problem.title)
      : 'Promise could not reach its service. Check your connection and try again.';
  return <ErrorSummary items={[{ text }]} />;
}
