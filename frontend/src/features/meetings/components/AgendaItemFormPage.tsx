import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import type { Described } from '@/components/EditConflict';
import { Button } from '@/components/govuk/Button';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { seenAtVersion, type Seen } from '@/lib/api/seen';
import { useAddAgendaItem, useMeetingForForm, useUpdateAgendaItem, type AgendaItem, type AgendaItemInput } from '../api/useMeeting';
import { privateItemText } from './words';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { MeetingFormRefusal } from './MeetingFormRefusal';

interface Paper {
  title: string;
  /** A paper that links a report keeps the link: the form does not change it. */
  report?: number;
}

interface Fields {
  number: string;
  title: string;
  description: string;
  exempt: string;
  exemptParagraph: string;
  exemptReason: string;
  papers: Paper[];
  indicators: string;
  actionItems: string;
}

const EMPTY: Fields = { number: '', title: '', description: '', exempt: 'no', exemptParagraph: '', exemptReason: '', papers: [], indicators: '', actionItems: '' };

function fieldsOf(item: AgendaItem): Fields {
  return {
    number: String(item.number),
    title: item.title,
    description: item.description ?? '',
    exempt: item.exempt ? 'yes' : 'no',
    exemptParagraph: item.exemptParagraph ? String(item.exemptParagraph) : '',
    exemptReason: item.exemptReason ?? '',
    papers: item.papers.map((paper) => ({ title: paper.title, report: paper.report?.id })),
    indicators: item.indicators.map((indicator) => indicator.code).join(', '),
    actionItems: item.actionItems.map((actionItem) => actionItem.id).join(', '),
  };
}

const list = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);

function inputOf(fields: Fields): AgendaItemInput {
  const exempt = fields.exempt === 'yes';
  return {
    number: fields.number.trim() === '' ? null : Number(fields.number),
    title: fields.title.trim(),
    description: fields.description.trim() || null,
    exempt,
    exemptParagraph: exempt && fields.exemptParagraph ? Number(fields.exemptParagraph) : null,
    exemptReason: exempt ? fields.exemptReason.trim() || null : null,
    papers: fields.papers.map((paper) => ({ title: paper.title.trim(), report: paper.report ?? null })),
    indicators: list(fields.indicators),
    actionItems: list(fields.actionItems).map(Number),
  };
}

function describe(input: AgendaItemInput): Described {
  return {
    Number: input.number === null || input.number === undefined ? 'Next' : String(input.number),
    Title: input.title,
    Description: input.description ?? 'None',
    'Public or private': input.exempt ? privateItemText(input.exemptParagraph) : 'Public',
    Papers: (input.papers ?? []).map((paper) => paper.title).join('\n') || 'None',
  };
}

const PARAGRAPHS = [{ value: '', text: 'Choose a paragraph' }, ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), text: `Paragraph ${n}` }))];

function AgendaItemFields({ fields, setFields, byField }: { fields: Fields; setFields: (fields: Fields) => void; byField: Record<string, string> }) {
  const set = (key: keyof Fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const setPaper = (index: number, title: string) => setFields({ ...fields, papers: fields.papers.map((paper, i) => (i === index ? { ...paper, title } : paper)) });
  return (
    <>
      <TextInput id="number" label="Item number (optional)" hint="Leave empty to add it at the end" width={3} inputMode="numeric" value={fields.number} error={byField.number} onChange={set('number')} />
      <TextInput id="title" label="Title" value={fields.title} error={byField.title} onChange={set('title')} />
      <Textarea id="description" label="Description (optional)" rows={3} value={fields.description} error={byField.description} onChange={set('description')} />
      <Radios
        name="exempt"
        legend="Is the item public or private?"
        hint="A private item is exempt information under Schedule 12A to the Local Government Act 1972: the public sees only its title, paragraph and reason."
        value={fields.exempt}
        onChange={(exempt) => setFields({ ...fields, exempt })}
        error={byField.exempt}
        items={[
          { value: 'no', text: 'Public' },
          { value: 'yes', text: 'Private' },
        ]}
      />
      {fields.exempt === 'yes' && (
        <>
          <Select id="exemptParagraph" label="Paragraph of Schedule 12A" value={fields.exemptParagraph} error={byField.exemptParagraph} onChange={set('exemptParagraph')} options={PARAGRAPHS} />
          <Textarea id="exemptReason" label="The reason the public is given" rows={2} value={fields.exemptReason} error={byField.exemptReason} onChange={set('exemptReason')} />
        </>
      )}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Papers enclosed</legend>
        {fields.papers.length === 0 && <p className="govuk-body">No papers.</p>}
        {fields.papers.map((paper, index) => (
          <div key={index} className="app-repeated-row">
            <TextInput id={`papers[${index}].title`} label={`Paper ${index + 1} title`} value={paper.title} error={byField[`papers[${index}].title`]} onChange={(e) => setPaper(index, e.target.value)} />
            <Button type="button" variant="secondary" onClick={() => setFields({ ...fields, papers: fields.papers.filter((_, i) => i !== index) })}>
              Remove paper {index + 1}
            </Button>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => setFields({ ...fields, papers: [...fields.papers, { title: '' }] })}>
          Add a paper
        </Button>
      </fieldset>
      <TextInput
        id="indicators"
        label="Indicators considered (optional)"
        hint="Their codes, separated by commas, for example HLTH_DENTAL, CL_EET_1921"
        value={fields.indicators}
        error={byField.indicators}
        onChange={set('indicators')}
      />
      <TextInput
        id="actionItems"
        label="Action plan items considered (optional)"
        hint="The number at the end of each item's address, separated by commas, for example 101"
        value={fields.actionItems}
        error={byField.actionItems}
        onChange={set('actionItems')}
      />
    </>
  );
}

/** The API names a list's entries by position ("indicators[1]"): their errors belong to the list's one input. */
const errorsOf = (error: unknown) => fieldErrors(error, (field) => field.replace(/^(indicators|actionItems)\[\d+\]$/, '$1'));

export function NewAgendaItemPage() {
  const meetingId = Number(useParams().id);
  const add = useAddAgendaItem(meetingId);
  const navigate = useNavigate();
  const [fields, setFields] = useState(EMPTY);
  const { byField, summary } = errorsOf(add.error);
  const mayNotWrite = useMayNotWrite(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(inputOf(fields), { onSuccess: (item) => navigate(`/meetings/${meetingId}`, { state: { saved: `Item ${item.number} added to the agenda` } }) });
  };
  if (mayNotWrite) return <MeetingFormRefusal title="Add an agenda item" meetingId={meetingId} />;
  return (
    <FormPage title="Add an agenda item" summary={summary} onSubmit={submit} submit="Add item" pending={add.isPending} cancelTo={`/meetings/${meetingId}`}>
      <AgendaItemFields fields={fields} setFields={setFields} byField={byField} />
    </FormPage>
  );
}

export function EditAgendaItemPage() {
  const meetingId = Number(useParams().id);
  const itemId = Number(useParams().itemId);
  const meeting = useMeetingForForm(meetingId);
  const mayNotWrite = useMayNotWrite(meeting.data?.resource.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Change an agenda item" meetingId={meetingId} />;
  if (meeting.isError) return <ProblemMessage error={meeting.error} />;
  if (!meeting.data) return <p className="govuk-body">Loading…</p>;
  const item = meeting.data.resource.agendaItems.find((candidate) => candidate.id === itemId);
  if (!item) return <ProblemMessage error={new Error('No such agenda item')} />;
  return <EditAgendaItemForm meetingId={meetingId} opened={seenAtVersion(item, item.version)} />;
}

function EditAgendaItemForm({ meetingId, opened }: { meetingId: number; opened: Seen<AgendaItem> }) {
  const navigate = useNavigate();
  const save = useUpdateAgendaItem(meetingId, opened.resource.id);
  const form = useEditForm({ opened, fieldsOf, save, onSaved: (item) => navigate(`/meetings/${meetingId}`, { state: { saved: `Item ${item.number} saved` } }) });
  const { byField, summary } = errorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(form.fields));
  };
  return (
    <FormPage
      title={`Change agenda item ${opened.resource.number}`}
      summary={summary}
      onSubmit={submit}
      submit="Save item"
      pending={save.pending}
      cancelTo={`/meetings/${meetingId}`}
      edit={{ ...form, noun: 'agenda item', describeSaved: (theirs: AgendaItem) => describe(inputOf(fieldsOf(theirs))), describeYours: describe }}
    >
      <AgendaItemFields fields={form.fields} setFields={form.setFields} byField={byField} />
    </FormPage>
  );
}
