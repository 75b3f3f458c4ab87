import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import { meetingStatusText, MEETING_KINDS, SETTABLE_MEETING_STATUSES } from '@/components/BoardTags';
import type { Described } from '@/components/EditConflict';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { DateInput } from '@/components/govuk/DateInput';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors, type DateFields } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { useBoards, useCreateMeeting, useMeetingForForm, useUpdateMeeting, type Meeting, type MeetingInput } from '../api/useMeeting';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { useOpeningAuthority } from '@/lib/auth/useOpeningAuthority';
import { MeetingFormRefusal } from './MeetingFormRefusal';
import { agendaPublishedText } from './words';
import { dateAsWritten } from '@/lib/format';

type Fields = Record<Exclude<keyof MeetingInput, 'board'>, string> & { board: string };

const EMPTY: Fields = {
  board: '',
  kind: 'committee',
  title: 'Corporate Parenting Board',
  date: '',
  startTime: '',
  closeTime: '',
  venue: '',
  livestreamUrl: '',
  status: 'scheduled',
  cancelledReason: '',
  agendaPublishedOn: '',
  nextMeetingDate: '',
};

function fieldsOf(meeting: Meeting): Fields {
  return {
    board: String(meeting.board.id),
    kind: meeting.kind,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime ?? '',
    closeTime: meeting.closeTime ?? '',
    venue: meeting.venue ?? '',
    livestreamUrl: meeting.livestreamUrl ?? '',
    status: meeting.status,
    cancelledReason: meeting.cancelledReason ?? '',
    agendaPublishedOn: meeting.agendaPublishedOn ?? '',
    nextMeetingDate: meeting.nextMeetingDate ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

/** The meeting's dates, as its error messages call them. */
const datesOf = (fields: Fields): DateFields => ({
  date: { name: 'Date', value: fields.date },
  agendaPublishedOn: { name: 'Date the agenda was published', value: fields.agendaPublishedOn },
  nextMeetingDate: { name: 'Date of the next meeting', value: fields.nextMeetingDate },
});

function inputOf(fields: Fields): MeetingInput {
  return {
    board: Number(fields.board),
    kind: fields.kind as MeetingInput['kind'],
    title: fields.title.trim(),
    date: fields.date.trim(),
    startTime: optional(fields.startTime),
    closeTime: optional(fields.closeTime),
    venue: optional(fields.venue),
    livestreamUrl: optional(fields.livestreamUrl),
    status: fields.status as MeetingInput['status'],
    cancelledReason: fields.status === 'cancelled' ? optional(fields.cancelledReason) : null,
    agendaPublishedOn: optional(fields.agendaPublishedOn),
    nextMeetingDate: optional(fields.nextMeetingDate),
  };
}

function describe(input: MeetingInput): Described {
  return {
    Title: input.title,
    Date: dateAsWritten(input.date),
    Time: [input.startTime, input.closeTime].filter(Boolean).join(' to ') || 'Not set',
    Venue: input.venue ?? 'Not set',
    Status: meetingStatusText(input.status),
    'Agenda published': agendaPublishedText(input.agendaPublishedOn, input.status, dateAsWritten),
    'Next meeting': input.nextMeetingDate ? dateAsWritten(input.nextMeetingDate) : 'Not given',
  };
}

const TIME_HINT = 'In 24-hour time, for example 18:30';

/** The meeting's fields, shared by adding a meeting and changing one. */
function MeetingFields({
  fields,
  setFields,
  byField,
  boards,
  currentStatus,
}: {
  fields: Fields;
  setFields: (fields: Fields) => void;
  byField: Record<string, string>;
  boards?: { value: string; text: string }[];
  currentStatus?: Meeting['status'];
}) {
  const set = (key: keyof Fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  // Minutes are approved by a resolution at a later meeting, never on this form; a meeting already so keeps it.
  const statuses = currentStatus === 'minutes-approved' ? [...SETTABLE_MEETING_STATUSES, { value: currentStatus, text: meetingStatusText(currentStatus) }] : SETTABLE_MEETING_STATUSES;
  return (
    <>
      {boards && <Select id="board" label="Board" value={fields.board} error={byField.board} onChange={set('board')} options={boards} />}
      <Radios
        name="kind"
        legend="What kind of meeting is it?"
        value={fields.kind}
        onChange={(kind) => setFields({ ...fields, kind })}
        error={byField.kind}
        items={Object.entries(MEETING_KINDS).map(([value, text]) => ({ value, text }))}
      />
      <TextInput id="title" label="Title" value={fields.title} error={byField.title} onChange={set('title')} />
      <DateInput id="date" legend="Date" name="Date" hint="For example, 9 1 2024" value={fields.date} error={byField.date} onChange={(date) => setFields({ ...fields, date })} />
      <TextInput id="startTime" label="Start time (optional)" hint={TIME_HINT} width={5} value={fields.startTime} error={byField.startTime} onChange={set('startTime')} />
      <TextInput id="closeTime" label="Close time (optional)" hint={TIME_HINT} width={5} value={fields.closeTime} error={byField.closeTime} onChange={set('closeTime')} />
      <TextInput id="venue" label="Venue (optional)" value={fields.venue} error={byField.venue} onChange={set('venue')} />
      <TextInput id="livestreamUrl" label="Livestream link (optional)" type="url" value={fields.livestreamUrl} error={byField.livestreamUrl} onChange={set('livestreamUrl')} />
      <Radios name="status" legend="Status" value={fields.status} onChange={(status) => setFields({ ...fields, status })} error={byField.status} items={statuses} />
      {fields.status === 'cancelled' && (
        <Textarea id="cancelledReason" label="Why was it cancelled?" rows={2} value={fields.cancelledReason} error={byField.cancelledReason} onChange={set('cancelledReason')} />
      )}
      <DateInput
        id="agendaPublishedOn"
        legend="Date the agenda was published (optional)"
        name="Date the agenda was published"
        value={fields.agendaPublishedOn}
        error={byField.agendaPublishedOn}
        onChange={(agendaPublishedOn) => setFields({ ...fields, agendaPublishedOn })}
      />
      <DateInput
        id="nextMeetingDate"
        legend="Date of the next meeting, as the agenda gives it (optional)"
        name="Date of the next meeting"
        value={fields.nextMeetingDate}
        error={byField.nextMeetingDate}
        onChange={(nextMeetingDate) => setFields({ ...fields, nextMeetingDate })}
      />
    </>
  );
}

/** Adds a meeting to one of the authority's boards: the one in the address, else the person's own. */
export function NewMeetingPage() {
  const opening = useOpeningAuthority();
  const authority = useSearchParams()[0].get('authority') ?? opening;
  const boards = useBoards(authority);
  const create = useCreateMeeting();
  const navigate = useNavigate();
  const [fields, setFields] = useState(EMPTY);
  const { byField, summary } = fieldErrors(create.error, {}, datesOf(fields));
  const boardOptions = (boards.data ?? []).map((board) => ({ value: String(board.id), text: board.name }));
  const chosen = { ...fields, board: fields.board || boardOptions[0]?.value || '' };
  const mayNotWrite = useMayNotWrite(authority);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(inputOf(chosen), { onSuccess: (meeting) => navigate(`/meetings/${meeting.id}`, { state: { saved: 'Meeting added' } }) });
  };
  if (mayNotWrite) return <MeetingFormRefusal title="Add a meeting" authority={authority} />;
  if (boards.isError) return <ProblemMessage error={boards.error} />;
  return (
    <FormPage title="Add a meeting" summary={summary} onSubmit={submit} submit="Add meeting" pending={create.isPending} cancelTo={`/meetings?authority=${authority ?? ''}`}>
      <MeetingFields fields={chosen} setFields={setFields} byField={byField} boards={boardOptions} />
    </FormPage>
  );
}

/** Changes a meeting's details, quoting the version the form opened with. */
export function EditMeetingPage() {
  const id = Number(useParams().id);
  const seen = useMeetingForForm(id);
  const mayNotWrite = useMayNotWrite(seen.data?.resource.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Change the meeting" meetingId={id} />;
  if (seen.isError) return <ProblemMessage error={seen.error} />;
  if (!seen.data) return <p className="govuk-body">Loading…</p>;
  return <EditMeetingForm id={id} opened={seen.data} />;
}

function EditMeetingForm({ id, opened }: { id: number; opened: Seen<Meeting> }) {
  const navigate = useNavigate();
  const save = useUpdateMeeting(id);
  const form = useEditForm({ opened, fieldsOf, save, onSaved: () => navigate(`/meetings/${id}`, { state: { saved: 'Meeting details saved' } }) });
  const { byField, summary } = fieldErrors(save.error, {}, datesOf(form.fields));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(form.fields));
  };
  return (
    <FormPage
      title="Change the meeting"
      caption={opened.resource.board.name}
      summary={summary}
      onSubmit={submit}
      submit="Save meeting"
      pending={save.pending}
      cancelTo={`/meetings/${id}`}
      edit={{ ...form, noun: 'meeting', describeSaved: (theirs: Meeting) => describe(inputOf(fieldsOf(theirs))), describeYours: describe }}
    >
      <MeetingFields fields={form.fields} setFields={form.setFields} byField={byField} currentStatus={form.seen.resource.status} />
    </FormPage>
  );
}
