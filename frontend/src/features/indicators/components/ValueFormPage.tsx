import type { FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EditConflict, type Described } from '@/components/EditConflict';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { FormActions } from '@/components/govuk/FormActions';
import { ImportantBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { formatReading, formatValue } from '@/lib/format';
import { useIndicator, type Indicator } from '../api/useIndicator';
import { useSaveValue, useSeenValue, type IndicatorValue, type ValueInput } from '../api/useSaveValue';
import { FigureFormRefusal } from './FigureFormRefusal';
import { numberText, optionalNumber, useFigureForm } from './useFigureForm';
import { periodLabel } from '@/lib/periods';

type Reading = Pick<ValueInput, 'value' | 'symbol' | 'numerator' | 'denominator' | 'status' | 'note'>;

/** The form's fields as typed, opened with the value the service holds (or empty for a new one). */
function fieldsOf(value: IndicatorValue | null) {
  return {
    kind: value?.symbol ? 'symbol' : 'number',
    value: numberText(value?.value),
    symbol: value?.symbol ?? 'c',
    numerator: numberText(value?.numerator),
    denominator: numberText(value?.denominator),
    status: value?.status ?? 'provisional',
    note: value?.note ?? '',
  };
}

type Fields = ReturnType<typeof fieldsOf>;

/** The form has no field for the source, so a change keeps the one the value had. */
function inputOf(fields: Fields, seen: IndicatorValue | null): ValueInput {
  return {
    value: fields.kind === 'number' ? optionalNumber(fields.value) : null,
    symbol: fields.kind === 'symbol' ? (fields.symbol as ValueInput['symbol']) : undefined,
    numerator: optionalNumber(fields.numerator),
    denominator: optionalNumber(fields.denominator),
    status: fields.status as ValueInput['status'],
    source: seen?.source ?? null,
    note: fields.note.trim() === '' ? null : fields.note,
  };
}

function describe(ind: Indicator, reading: Reading): Described {
  return {
    Value: formatReading(ind.unit, ind.decimals, reading.value, reading.symbol),
    Numerator: numberText(reading.numerator) || 'None',
    Denominator: numberText(reading.denominator) || 'None',
    Status: reading.status === 'final' ? 'Final (published)' : 'Provisional',
    Note: reading.note || 'None',
  };
}

export function ValueFormPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const area = search.get('area') ?? '';
  const period = search.get('period') ?? '';
  const indicator = useIndicator(code);
  const seen = useSeenValue(code, area, period);
  const mayNotWrite = useMayNotWrite(area);

  if (mayNotWrite) return <FigureFormRefusal title="Enter a value" code={code} area={area} period={period} />;
  const failed = indicator.error ?? seen.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!indicator.data || !seen.data) return <p className="govuk-body">Loading…</p>;
  return <ValueForm indicator={indicator.data} area={area} period={period} seen={seen.data} />;
}

function ValueForm({ indicator: ind, area, period, seen: opened }: { indicator: Indicator; area: string; period: string; seen: Seen<IndicatorValue | null> }) {
  const navigate = useNavigate();
  const save = useSaveValue(ind.code, area, period);
  const saved = (value: IndicatorValue) =>
    navigate(`/scorecard?area=${area}&period=${encodeURIComponent(period)}`, {
      state: { saved: `${ind.name}, ${periodLabel(value.period)}: ${value.symbol ? value.symbol : formatValue(ind.unit, ind.decimals, value.value ?? 0)} saved` },
    });
  const form = useFigureForm({ opened, fieldsOf, save, onSaved: saved });
  const { fields, setFields, conflict } = form;
  usePageTitle(save.error || conflict ? 'Error: Enter a value' : 'Enter a value');
  const { byField, summary } = fieldErrors(save.error, { symbol: 'kind' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(fields, form.seen.resource));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {form.keptTheirs && (
          <ImportantBanner title="You kept the saved version">
            <p className="govuk-body">Your change was not saved. The form now shows the saved figure: change it if you need to, then save it.</p>
          </ImportantBanner>
        )}
        {summary.length > 0 && <ErrorSummary items={summary} />}
        <span className="govuk-caption-l">
          {ind.name}, <span className="app-nowrap">{periodLabel(period)}</span>
        </span>
        <h1 className="govuk-heading-xl">Enter a value</h1>
        {conflict ? (
          <EditConflict key={conflict.key} noun="figure" saved={conflict.theirs && describe(ind, conflict.theirs)} yours={describe(ind, conflict.mine)} {...conflict.props} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Radios
              name="kind"
              legend="What is there to report?"
              value={fields.kind}
              onChange={(kind) => setFields({ ...fields, kind })}
              error={byField.symbol}
              items={[
                { value: 'number', text: 'A number' },
                { value: 'symbol', text: 'No number: a symbol instead', hint: 'For a figure that is confidential, not available or not applicable' },
              ]}
            />
            {fields.kind === 'number' ? (
              <TextInput
                id="value"
                label={`Value (${ind.unit === 'percent' ? 'percentage' : ind.unit.replace(/_/g, ' ')})`}
                inputMode="decimal"
                width={5}
                value={fields.value}
                error={byField.value}
                onChange={(e) => setFields({ ...fields, value: e.target.value })}
              />
            ) : (
              <Select
                id="symbol"
                label="Symbol"
                value={fields.symbol}
                onChange={(e) => setFields({ ...fields, symbol: e.target.value as typeof fields.symbol })}
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
              value={fields.numerator}
              error={byField.numerator}
              onChange={(e) => setFields({ ...fields, numerator: e.target.value })}
            />
            <TextInput
              id="denominator"
              label={`Denominator (optional)${ind.denominatorLabel ? `: ${ind.denominatorLabel}` : ''}`}
              inputMode="decimal"
              width={5}
              value={fields.denominator}
              error={byField.denominator}
              onChange={(e) => setFields({ ...fields, denominator: e.target.value })}
            />
            <Radios
              name="status"
              legend="Status"
              inline
              value={fields.status}
              onChange={(status) => setFields({ ...fields, status: status as typeof fields.status })}
              error={byField.status}
              items={[
                { value: 'provisional', text: 'Provisional', hint: 'Seen only within your authority' },
                { value: 'final', text: 'Final', hint: 'Published' },
              ]}
            />
            <Textarea id="note" label="Note (optional)" rows={3} value={fields.note} error={byField.note} onChange={(e) => setFields({ ...fields, note: e.target.value })} />
            <FormActions submit="Save value" pending={save.pending} cancelTo={`/indicators/${ind.code}?area=${area}&period=${period}`} />
          </form>
        )}
      </div>
    </div>
  );
}
