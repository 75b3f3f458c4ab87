import type { ErrorSummaryItem } from '@/components/govuk/ErrorSummary';
import { ApiError } from './problem';

/** Which input a field's error belongs to: a map of the fields whose input has another id, or a rule. */
export type FieldIds = Record<string, string> | ((field: string) => string);

/**
 * The API's field errors by field, and as error-summary items that link to the fields' inputs. A message is kept
 * under its input's id as well as under the field, so that one input for a list ("indicators") shows the error the
 * API gave one of its entries ("indicators[1]").
 */
export function fieldErrors(error: unknown, fieldIds: FieldIds = {}) {
  const idOf = typeof fieldIds === 'function' ? fieldIds : (field: string) => fieldIds[field] ?? field;
  const byField: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  if (error instanceof ApiError) {
    for (const item of error.problem.errors ?? []) {
      const id = idOf(item.field);
      byField[item.field] ??= item.message;
      byField[id] ??= item.message;
      summary.push({ text: item.row ? `Row ${item.row}, ${item.field}: ${item.message}` : item.message, href: `#${id}` });
    }
    if (summary.length === 0) summary.push({ text: error.problem.detail ?? error.problem.title });
  } else if (error) {
    summary.push({ text: 'Promise could not reach its service. Check your connection and try again.' });
  }
  return { byField, summary };
}
