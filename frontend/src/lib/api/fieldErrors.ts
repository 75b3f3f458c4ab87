import type { ErrorSummaryItem } from '@/components/govuk/ErrorSummary';
import { ApiError } from './problem';

/** The API's field errors by field, and as error-summary items that link to the fields' inputs. */
export function fieldErrors(error: unknown, fieldIds: Record<string, string> = {}) {
  const byField: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  if (error instanceof ApiError) {
    for (const item of error.problem.errors ?? []) {
      const id = fieldIds[item.field] ?? item.field;
      byField[item.field] ??= item.message;
      summary.push({ text: item.row ? `Row ${item.row}, ${item.field}: ${item.message}` : item.message, href: `#${id}` });
    }
    if (summary.length === 0) summary.push({ text: error.problem.detail ?? error.problem.title });
  } else if (error) {
    summary.push({ text: 'Promise could not reach its service. Check your connection and try again.' });
  }
  return { byField, summary };
}
