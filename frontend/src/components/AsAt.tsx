import { formatToday } from '@/lib/format';

/**
 * The line a printed page starts with, since the filters that say what it shows are not printed: what it is, by
 * name ("Walsall, action plan 2023-24"), and the day it was read, for figures and plans change.
 */
export function AsAt({ what }: { what: string }) {
  return <p className="govuk-body app-print-only app-as-at">{`${what}, as at ${formatToday()}`}</p>;
}
