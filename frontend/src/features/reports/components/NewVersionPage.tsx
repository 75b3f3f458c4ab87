import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Described } from '@/components/EditConflict';
import { FormPage } from '@/components/FormPage';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { inputOf, usePublishReportVersion, useReport, type Report, type ReportVersionInput } from '../api/useReports';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { ReportFormRefusal } from './ReportFormRefusal';

interface Fields {
  title: string;
  periodCovered: string;
  author: string;
  contactOfficer: string;
  executiveSummary: string;
  recommendations: string;
  reason: string;
}

function fieldsOf(report: Report): Fields {
  return {
    title: report.title,
    periodCovered: report.periodCovered ?? '',
    author: report.author ?? '',
    contactOfficer: report.contactOfficer ?? '',
    executiveSummary: report.executiveSummary ?? '',
    recommendations: report.recommendations.join('\n'),
    reason: '',
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** The new version: the fields as changed, and everything else (the sections, who may read it) as published. */
function versionOf(report: Report, fields: Fields): ReportVersionInput {
  return {
    ...inputOf(report),
    title: fields.title.trim(),
    periodCovered: optional(fields.periodCovered),
    author: optional(fields.author),
    contactOfficer: optional(fields.contactOfficer),
    executiveSummary: optional(fields.executiveSummary),
    recommendations: fields.recommendations
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    reason: fields.reason.trim(),
  };
}

function describe(input: ReportVersionInput | Report): Described {
  return {
    Title: input.title,
    'Period covered': input.periodCovered ?? 'Not given',
    Author: input.author ?? 'Not given',
    'Contact officer': input.contactOfficer ?? 'Not given',
    'Executive summary': input.executiveSummary ?? 'None',
    Recommendations: (input.recommendations ?? []).map((text, index) => `${index + 1}. ${text}`).join('\n') || 'None',
  };
}

/**
 * A published report is never edited in place: a change is published as a new version, with the reason for it,
 * and the earlier versions stay readable. Quotes the version the form opened with.
 */
export function NewVersionPage() {
  const id = Number(useParams().id);
  const report = useReport(id);
  const mayNotWrite = useMayNotWrite(report.data?.resource.authority);
  if (mayNotWrite) return <ReportFormRefusal title="Publish a new version" reportId={id} />;
  if (report.isError) return <ProblemMessage error={report.error} />;
  if (!report.data) return <p className="govuk-body">Loading…</p>;
  return <NewVersionForm id={id} opened={report.data} />;
}

function NewVersionForm({ id, opened }: { id: number; opened: Seen<Report> }) {
  const navigate = useNavigate();
  const save = usePublishReportVersion(id);
  const form = useEditForm({
    opened,
    fieldsOf,
    save,
    onSaved: (saved: Report) => navigate(`/reports/${id}`, { state: { saved: `Version ${saved.documentVersion ?? ''} published` } }),
  });
  const { byField, summary } = fieldErrors(save.error, (field) => (field.startsWith('recommendations') ? 'recommendations' : field));
  const fields = form.fields;
  const set = (key: keyof Fields) => (event: { target: { value: string } }) => form.setFields({ ...fields, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(versionOf(form.seen.resource, fields));
  };
  return (
    <FormPage
      title="Publish a new version"
      caption={opened.resource.title}
      summary={summary}
      onSubmit={submit}
      submit="Publish the new version"
      pending={save.pending}
      cancelTo={`/reports/${id}`}
      edit={{ ...form, noun: 'report', describeSaved: describe, describeYours: describe }}
    >
      <p className="govuk-body">
        Version {opened.resource.documentVersion} stays readable as it was published. The sections are kept as they are in version {opened.resource.documentVersion}.
      </p>
      <Textarea id="reason" label="Why is it changing?" hint="Readers see this in the list of versions" rows={3} value={fields.reason} error={byField.reason} onChange={set('reason')} />
      <TextInput id="title" label="Title" value={fields.title} error={byField.title} onChange={set('title')} />
      <TextInput id="periodCovered" label="Period covered (optional)" hint="For example 2022-23" width={10} value={fields.periodCovered} error={byField.periodCovered} onChange={set('periodCovered')} />
      <TextInput id="author" label="Author (optional)" value={fields.author} error={byField.author} onChange={set('author')} />
      <TextInput id="contactOfficer" label="Contact officer (optional)" value={fields.contactOfficer} error={byField.contactOfficer} onChange={set('contactOfficer')} />
      <Textarea id="executiveSummary" label="Executive summary (optional)" rows={6} value={fields.executiveSummary} error={byField.executiveSummary} onChange={set('executiveSummary')} />
      <Textarea
        id="recommendations"
        label="Recommendations"
        hint="One on each line, in order"
        rows={4}
        value={fields.recommendations}
        error={byField.recommendations}
        onChange={set('recommendations')}
      />
    </FormPage>
  );
}
