import { CannotUseForm } from '@/components/CannotUseForm';

/** A report's form for somebody who may not write the council's reports: it says so and leads back to the report. */
export function ReportFormRefusal({ title, reportId }: { title: string; reportId: number }) {
  return (
    <CannotUseForm
      title={title}
      reason="Only the council’s officers and administrators publish its reports and record the board’s decisions on them. You can read the report and its decisions on its page."
      backTo={`/reports/${reportId}`}
      backText="Back to the report"
    />
  );
}
