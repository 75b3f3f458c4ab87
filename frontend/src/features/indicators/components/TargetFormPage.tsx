import type { FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EditConflict, type Described } from '@/components/EditConflict';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { FormActions } from '@/components/govuk/FormActions';
import { ImportantBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { TextInput } from '@/components/govuk/TextInput';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { formatValue } from '@/lib/format';
import { useIndicator, type Indicator } from '../api/useIndicator';
import { useSaveTarget, useSeenTarget, type Target, type TargetInput } from '../api/useSaveTarget';
import { FigureFormRefusal } from './FigureFormRefusal';
import { numberText, optionalNumber, useFigureForm } from './useFigureForm';
import { periodLabel } from '@/lib/periods';

/** The form's fields as typed, opened with the target the service holds (or empty for a new one). */
function fieldsOf(target: Target | null) {
  return {
    kind: target?.pending ? 'pending' : 'value',
    value: numberText(target?.value),
    tolerance: numberText(target?.tolerance),
    basis: target?.basis ?? '',
    reason: target?.reason ?? '',
  };
}

type Fields = ReturnType<typeof fieldsOf>;

function inputOf(fields: Fields): TargetInput {
  return fields.kind === 'pending'
    ? { pending: true, reason: fields.reason }
    : { pending: false, value: optionalNumber(fields.value), tolerance: optionalNumber(fields.tolerance), basis: fields.basis.trim() || null };
}

function describe(ind: Indicator, target: TargetInput): Described {
  const number = (value?: number | null) => (value === undefined || value === null ? 'None' : formatValue(ind.unit, ind.decimals, value));
  return target.pending
    ? { Target: 'Pending', Tolerance: 'None', Basis: 'None', 'Why it is pending': target.reason || 'None' }
    : { Target: number(target.value), Tolerance: target.tolerance == null ? 'The default' : number(target.tolerance), Basis: target.basis || 'None', 'Why it is pending': 'Not pending' };
}

export function TargetFormPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const area = search.get('area') ?? '';
  const period = search.get('period') ?? '';
  const indicator = useIndicator(code);
  const seen = useSeenTarget(code, area, period);
  const mayNotWrite = useMayNotWrite(area);

  if (mayNotWrite) return <FigureFormRefusal title="Set a target" code={code} area={area} period={period} />;
  const failed = indicator.error ?? seen.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!indicator.data || !seen.data) return <p className="govuk-body">Loading…</p>;
  return <TargetForm indicator={indicator.data} area={area} period={period} seen={seen.data} />;
}

function TargetForm({ indicator: ind, area, period, seen: opened }: { indicator: Indicator; area: string; period: string; seen: Seen<Target | null> }) {
  const navigate = useNavigate();
  const save = useSaveTarget(ind.code, area, period);
  const saved = (target: Target) =>
    navigate(`/scorecard?area=${area}&period=${encodeURIComponent(period)}`, { state: { saved: `Target for ${ind.name}, ${periodLabel(target.period)}, saved` } });
  const form = useFigureForm({ opened, fieldsOf, save, onSaved: saved });
  const { fields, setFields, conflict } = form;
  usePageTitle(save.error || conflict ? 'Error: Set a target' : 'Set a target');
  const { byField, summary } = fieldErrors(save.error);
  const pending = fields.kind === 'pending';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(fields));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {form.keptTheirs && (
          <ImportantBanner title="You kept the saved version">
            <p className="govuk-body">Your change was not saved. The form now shows the saved target: change it if you need to, then save it.</p>
          </ImportantBanner>
        )}
        {summary.length > 0 && <ErrorSummary items={summary} />}
        <span className="govuk-caption-l">
          {ind.name}, <span className="app-nowrap">{periodLabel(period)}</span>
        </span>
        <h1 className="govuk-heading-xl">Set a target</h1>
        {conflict ? (
          <EditConflict key={conflict.key} noun="target" saved={conflict.theirs && describe(ind, conflict.theirs)} yours={describe(ind, conflict.mine)} {...conflict.props} />
        ) : (
          <form onSubmit={submit} noValidate>
            <Radios
              name="kind"
              legend="Has the target been agreed?"
              value={fields.kind}
              onChange={(kind) => setFields({ ...fields, kind })}
              items={[
                { value: 'value', text: 'Yes' },
                { value: 'pending', text: 'Not yet: it is pending' },
              ]}
            />
            {pending ? (
              <TextInput id="reason" label="Why is it pending?" hint="For example: target to be set following the baseline survey" value={fields.reason} error={byField.reason} onChange={(e) => setFields({ ...fields, reason: e.target.value })} />
            ) : (
              <>
                <TextInput id="value" label="Target" inputMode="decimal" width={5} value={fields.value} error={byField.value} onChange={(e) => setFields({ ...fields, value: e.target.value })} />
                <TextInput
                  id="tolerance"
                  label="Tolerance (optional)"
                  hint={`How far from the target is amber rather than red. Leave empty for ${ind.unit === 'percent' ? '5 percentage points' : '10% of the target'}.`}
                  inputMode="decimal"
                  width={5}
                  value={fields.tolerance}
                  error={byField.tolerance}
                  onChange={(e) => setFields({ ...fields, tolerance: e.target.value })}
                />
                <TextInput id="basis" label="Basis (optional)" hint="Who agreed it, for example: agreed by Black Country ICB for the 4 LAs" value={fields.basis} error={byField.basis} onChange={(e) => setFields({ ...fields, basis: e.target.value })} />
              </>
            )}
            <FormActions submit="Save target" pending={save.pending} cancelTo={`/indicators/${ind.code}?area=${area}&period=${period}`} />
          </form>
        )}
      </div>
    </div>
  );
}
