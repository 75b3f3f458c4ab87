import { Tag } from './govuk/Tag';
import type { DataCheck } from '@/lib/api/dataChecks';
import { periodLabel } from '@/lib/periods';

/** Each rule in a few words, for the tag beside its warning. */
export const RULE_NAMES: Record<DataCheck['rule'], string> = {
  fraction: 'Fraction does not give the figure',
  parts: 'Parts and total disagree',
  shares: 'Counts and shares disagree',
  'reported-twice': 'Reported twice',
  'comparator-differs': 'Comparator reported differently',
  jump: 'Unusual change',
};

const plain = (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 4 });

/** A warning in words: its rule, its sentence and the figures it read. */
export function DataCheckSummary({ check }: { check: DataCheck }) {
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <Tag colour="orange">{RULE_NAMES[check.rule]}</Tag> <span className="govuk-body-s">{periodLabel(check.period)}</span>
      </p>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{check.sentence}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        Figures read: {check.figures.map((figure) => `${figure.label} ${plain(figure.value)}`).join('; ')}
      </p>
      {check.explanation && !check.explanation.current && (
        <p className="govuk-body-s">
          Explained before by {check.explanation.explainedBy} (&ldquo;{check.explanation.reason}&rdquo;), but the figures have changed since.
        </p>
      )}
    </>
  );
}
