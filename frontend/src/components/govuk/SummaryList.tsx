import type { ReactNode } from 'react';

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
