import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { FormActions } from '@/components/govuk/FormActions';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { formatValue } from '@/lib/format';
import { useIndicator } from '../api/useIndicator';
import { useSaveValue, type ValueInput } from '../api/useSaveValue';

const number = (text: string) => (text.trim() === '' ? null : Number(text));

export function ValueFormPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const area = search.get('area') ?? '';
  const navigate = useNavigate();
  const indicator = useIndicator(code);
  const save = useSaveValue(code);
  const [form, setForm] = useState({
    period: search.get('period') ?? '',
    kind: 'number',
    value: '',
    symbol: 'c',
    numerator: '',
    denominator: '',
    status: 'provisional',
    note: '',
  });
  usePageTitle(save.isError ? 'Error: Enter a value' : 'Enter a value');

  if (indicator.isError) return <ProblemMessage error={indicator.error} />;
  if (!indicator.data) return <p className="govuk-body">Loading…</p>;
  const ind = indicator.data;
  const { byField, summary } = fieldErrors(save.error, { symbol: 'kind' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ValueInput = {
      value: form.kind === 'number' ? number(form.value) : null,
      symbol: form.kind === 'symbol' ? (form.symbol as ValueInput['symbol']) : undefined,
      numerator: number(form.numerator),
      denominator: number(form.denominator),
      status: form.status as ValueInput['status'],
      note: form.note.trim() === '' ? null : form.note,
    };
    save.mutate(
      { area, period: form.period.trim(), input },
      {
        onSuccess: (saved) =>
          navigate(`/scorecard?area=${area}&period=${encodeURIComponent(search.get('period') ?? saved.period)}`, {
            state: {
              saved: `${ind.name}, ${saved.period}: ${
                saved.symbol ? saved.symbol : formatValue(ind.unit, ind.decimals, saved.value ?? 0)
              } saved`,
            },
          }),
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary items={summary} />}
        <span className="govuk-caption-l">{ind.name}</span>
        <h1 className="govuk-heading-xl">Enter a value</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="period"
            label="Period"
            hint={`The ${ind.periodKind.replace(/-/g, ' ')}, for example ${ind.periodKind === 'snapshot' ? '2024-03-31' : '2023-24'}`}
            width={10}
            value={form.period}
            error={byField.period}
            onChange={(e) => setForm({ ...form, period: e.target.value })}
          />
          <Radios
            name="kind"
            legend="What is there to report?"
            value={form.kind}
            onChange={(kind) => setForm({ ...form, kind })}
            error={byField.symbol}
            items={[
              { value: 'number', text: 'A number' },
              { value: 'symbol', text: 'No number: a symbol instead', hint: 'For a figure that is confidential, not available or not applicable' },
            ]}
          />
          {form.kind === 'number' ? (
            <TextInput
              id="value"
              label={`Value (${ind.unit === 'percent' ? 'percentage' : ind.unit.replace(/_/g, ' ')})`}
              inputMode="decimal"
              width={5}
              value={form.value}
              error={byField.value}
              onChange={(e) => setForm({ ...form, value: e.target.value })}
            />
          ) : (
            <Select
              id="symbol"
              label="Symbol"
              value={form.symbol}
              onChange={(e) => setForm({ ...form, symbol: e.target.value })}
              options={[
                { value: 'c', text: 'c: confidential' },
                { value: 'x', text: 'x: not available' },
                { value: 'z', text: 'z: not applicable' },
                { value: 'low', text: 'low: rounds to 0 but is not 0' },
              ]}
            />
          )}
          <TextInput
            id="numerator"
            label={`Numerator (optional)${ind.numeratorLabel ? `: ${ind.numeratorLabel}` : ''}`}
            inputMode="decimal"
            width={5}
            value={form.numerator}
            error={byField.numerator}
            onChange={(e) => setForm({ ...form, numerator: e.target.value })}
          />
          <TextInput
            id="denominator"
            label={`Denominator (optional)${ind.denominatorLabel ? `: ${ind.denominatorLabel}` : ''}`}
            inputMode="decimal"
            width={5}
            value={form.denominator}
            error={byField.denominator}
            onChange={(e) => setForm({ ...form, denominator: e.target.value })}
          />
          <Radios
            name="status"
            legend="Status"
            inline
            value={form.status}
            onChange={(status) => setForm({ ...form, status })}
            error={byField.status}
            items={[
              { value: 'provisional', text: 'Provisional', hint: 'Seen only within your authority' },
              { value: 'final', text: 'Final', hint: 'Published' },
            ]}
          />
          <Textarea id="note" label="Note (optional)" rows={3} value={form.note} error={byField.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
          <FormActions submit="Save value" pending={save.isPending} cancelTo={`/indicators/${code}?area=${area}&period=${search.get('period') ?? ''}`} />
        </form>
      </div>
    </div>
  );
}
