import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Described } from '@/components/EditConflict';
import { FormPage } from '@/components/FormPage';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { DateInput } from '@/components/govuk/DateInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { dateAsWritten, formatDate } from '@/lib/format';
import { useRecordReportDecision, useReport, useResolutionsWherePresented, type Report, type ReportDecisionInput } from '../api/useReports';
import { OUTCOMES } from './words';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { ReportFormRefusal } from './ReportFormRefusal';

interface Fields {
  outcome: string;
  words: string;
  decidedOn: string;
  resolutionId: string;
}

const fieldsFor = (number: number) => (report: Report): Fields => {
  const decision = report.decisions?.find((candidate) => candidate.recommendation === number);
  return {
    outcome: decision?.outcome ?? 'agreed',
    words: decision?.words ?? '',
    decidedOn: decision?.decidedOn ?? report.presentedAt?.[0]?.meetingDate ?? '',
    resolutionId: decision?.resolutionId ? String(decision.resolutionId) : '',
  };
};

function inputOf(fields: Fields): ReportDecisionInput {
  return {
    outcome: fields.outcome as ReportDecisionInput['outcome'],
    words: fields.words.trim() || null,
    decidedOn: fields.decidedOn.trim(),
    resolutionId: fields.resolutionId ? Number(fields.resolutionId) : null,
  };
}

const describeFor = (number: number) => (input: ReportDecisionInput | Report): Described => {
  const decision = 'outcome' in input ? input : input.decisions?.find((candidate) => candidate.recommendation === number);
  return {
    Decision: decision ? OUTCOMES[decision.outcome] : 'None recorded',
    'In the board’s words': decision?.words ?? 'None',
    'Decided on': decision?.decidedOn ? dateAsWritten(decision.decidedOn) : 'Not given',
  };
};

/** Records what the board decided on one of a presented report's recommendations. */
export function DecisionFormPage() {
  const id = Number(useParams().id);
  const number = Number(useParams().recommendation);
  const report = useReport(id);
  const mayNotWrite = useMayNotWrite(report.data?.resource.authority);
  if (mayNotWrite) return <ReportFormRefusal title="Record the board’s decision" reportId={id} />;
  if (report.isError) return <ProblemMessage error={report.error} />;
  if (!report.data) return <p className="govuk-body">Loading…</p>;
  if (!report.data.resource.recommendations[number - 1]) return <ProblemMessage error={new Error('No such recommendation')} />;
  return <DecisionForm id={id} number={number} opened={report.data} />;
}

function DecisionForm({ id, number, opened }: { id: number; number: number; opened: Seen<Report> }) {
  const navigate = useNavigate();
  const save = useRecordReportDecision(id, number);
  const describe = describeFor(number);
  const form = useEditForm({ opened, fieldsOf: fieldsFor(number), save, onSaved: () => navigate(`/reports/${id}`, { state: { saved: `Decision on recommendation ${number} saved` } }) });
  const resolutions = useResolutionsWherePresented(opened.resource);
  const { byField, summary } = fieldErrors(save.error, {}, { decidedOn: { name: 'Date of the decision', value: form.fields.decidedOn } });
  const fields = form.fields;
  const set = (key: keyof Fields) => (event: { target: { value: string } }) => form.setFields({ ...fields, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(fields));
  };
  return (
    <FormPage
      title="Record the board’s decision"
      caption={opened.resource.title}
      summary={summary}
      onSubmit={submit}
      submit="Save decision"
      pending={save.pending}
      cancelTo={`/reports/${id}`}
      edit={{ ...form, noun: 'report', describeSaved: describe, describeYours: describe }}
    >
      <div className="govuk-inset-text">
        Recommendation {number}: {opened.resource.recommendations[number - 1]}
      </div>
      <Radios
        name="outcome"
        legend="What did the board decide?"
        value={fields.outcome}
        onChange={(outcome) => form.setFields({ ...fields, outcome })}
        error={byField.outcome}
        items={Object.entries(OUTCOMES).map(([value, text]) => ({ value, text }))}
      />
      <Textarea id="words" label="In the board’s words (optional)" hint="As the minutes record it, for example the change the board made" rows={3} value={fields.words} error={byField.words} onChange={set('words')} />
      <DateInput id="decidedOn" legend="Date of the decision" name="Date of the decision" value={fields.decidedOn} error={byField.decidedOn} onChange={(decidedOn) => form.setFields({ ...fields, decidedOn })} />
      <Select
        id="resolutionId"
        label="Resolution (optional)"
        hint="The resolution in the minutes that records it"
        value={fields.resolutionId}
        error={byField.resolutionId}
        onChange={set('resolutionId')}
        options={[
          { value: '', text: resolutions.length ? 'None' : 'No resolutions recorded where it was presented' },
          ...resolutions.map((entry) => ({
            value: String(entry.id),
            text: `${formatDate(entry.meetingDate)}, item ${entry.itemNumber}${entry.resolution.number ? `, resolution ${entry.resolution.number}` : ''}: ${entry.resolution.text.slice(0, 80)}`,
          })),
        ]}
      />
    </FormPage>
  );
}
