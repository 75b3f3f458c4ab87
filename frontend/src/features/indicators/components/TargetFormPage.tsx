import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { FormActions } from '@/components/govuk/FormActions';
import { Radios } from '@/components/govuk/Radios';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useIndicator } from '../api/useIndicator';
import { useSaveTarget } from '../api/useSaveTarget';

const number = (text: string) => (text.trim() === '' ? null : Number(text));

export function TargetFormPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const area = search.get('area') ?? '';
  const navigate = useNavigate();
  const indicator = useIndicator(code);
  const save = useSaveTarget(code);
  const [form, setForm] = useState({ period: search.get('period') ?? '', kind: 'value', value: '', tolerance: '', basis: '', reason: '' });
  usePageTitle(save.isError ? 'Error: Set a target' : 'Set a target');

  if (indicator.isError) return <ProblemMessage error={indicator.error} />;
  if (!indicator.data) return <p className="govuk-body">Loading…</p>;
  const ind = indicator.data;
  const { byField, summary } = fieldErrors(save.error);
  const pending = form.kind === 'pending';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        area,
        period: form.period.trim(),
        input: pending
          ? { pending: true, reason: form.reason }
          : { pending: false, value: number(form.value), tolerance: number(form.tolerance), basis: form.basis.trim() || null },
      },
      {
        onSuccess: (saved) =>
          navigate(`/scorecard?area=${area}&period=${encodeURIComponent(search.get('period') ?? saved.period)}`, {
            state: { saved: `Target for ${ind.name}, ${saved.period}, saved` },
          }),
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary items={summary} />}
        <span className="govuk-caption-l">{ind.name}</span>
        <h1 className="govuk-heading-xl">Set a target</h1>
        <form onSubmit={submit} noValidate>
          <TextInput id="period" label="Period" hint="For example 2023-24" width={10} value={form.period} error={byField.period} onChange={(e) => setForm({ ...form, period: e.target.value })} />
          <Radios
            name="kind"
            legend="Has the target been agreed?"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
            items={[
              { value: 'value', text: 'Yes' },
              { value: 'pending', text: 'Not yet: it is pending' },
            ]}
          />
          {pending ? (
            <TextInput id="reason" label="Why is it pending?" hint="For example: target to be set following the baseline survey" value={form.reason} error={byField.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
          ) : (
            <>
              <TextInput id="value" label="Target" inputMode="decimal" width={5} value={form.value} error={byField.value} onChange={(e) => setForm({ ...form, value: e.target.value })} />
              <TextInput
                id="tolerance"
                label="Tolerance (optional)"
                hint={`How far from the target is amber rather than red. Leave empty for ${ind.unit === 'percent' ? '5 percentage points' : '10% of the target'}.`}
                inputMode="decimal"
                width={5}
                value={form.tolerance}
                error={byField.tolerance}
                onChange={(e) => setForm({ ...form, tolerance: e.target.value })}
              />
              <TextInput id="basis" label="Basis (optional)" hint="Who agreed it, for example: agreed by Black Country ICB for the 4 LAs" value={form.basis} error={byField.basis} onChange={(e) => setForm({ ...form, basis: e.target.value })} />
            </>
          )}
          <FormActions submit="Save target" pending={save.isPending} cancelTo={`/indicators/${code}?area=${area}&period=${search.get('period') ?? ''}`} />
        </form>
      </div>
    </div>
  );
}
