import type { ErrorSummaryItem } from '@/components/govuk/ErrorSummary';
import { dateProblem } from '@/lib/dateParts';
import { ApiError } from './problem';

/** Which input a field's error belongs to: a map of the fields whose input has another id, or a rule. */
export type FieldIds = Record<string, string> | ((field: string) => string);

/** A form's dates (`DateInput`) by field: what messages call each, and what its boxes hold. */
export type DateFields = Record<string, { name: string; value: string }>;

/**
 * The API's field errors by field, and as error-summary items that link to the fields' inputs. A message is kept
 * under its input's id as well as under the field, so that one input for a list ("indicators") shows the error the
 * API gave one of its entries ("indicators[1]"). A date the API refused is described as GOV.UK describes what is
 * wrong with its boxes ("must include a month"), and the summary links to the first box at fault.
 */
export function fieldErrors(error: unknown, fieldIds: FieldIds = {}, dates: DateFields = {}) {
  const idOf = typeof fieldIds === 'function' ? fieldIds : (field: string) => fieldIds[field] ?? field;
  const byField: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  if (error instanceof ApiError) {
    for (const item of error.problem.errors ?? []) {
      const id = idOf(item.field);
      const date = dates[item.field];
      const boxes = date && dateProblem(date.name, date.value);
      // A date the boxes since made whole is still described as a date, not in the API's words for a typed one.
      const message = boxes ? boxes.message : date && item.rule === 'type' ? `${date.name} must be a real date` : item.message;
      byField[item.field] ??= message;
      byField[id] ??= message;
      const href = date ? `#${id}-${boxes ? boxes.parts[0] : 'day'}` : `#${id}`;
      summary.push({ text: item.row ? `Row ${item.row}, ${item.field}: ${message}` : message, href });
    }
    if (summary.length === 0) summary.push({ text: error.problem.detail ?? error.problem.title });
  } else if (error) {
    summary.push({ text: 'Promise could not reach its service. Check your connection and try again.' });
  }
  return { byField, summary };
}
