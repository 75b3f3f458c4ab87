import { CannotUseForm } from '@/components/CannotUseForm';

/** The value or target form's page for somebody who may not write the figure: it says so and leads back. */
export function FigureFormRefusal({ title, code, area, period }: { title: string; code: string; area: string; period: string }) {
  return (
    <CannotUseForm
      title={title}
      reason="Only the council’s officers and administrators enter its figures and targets. You can read this figure, and who changed it, on the indicator’s page."
      backTo={`/indicators/${code}?area=${area}&period=${encodeURIComponent(period)}`}
      backText="Back to the indicator"
    />
  );
}
