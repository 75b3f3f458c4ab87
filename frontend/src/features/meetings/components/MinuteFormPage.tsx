import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import type { Described, SavedChange } from '@/components/EditConflict';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { useMeeting, useMinuteForForm, useSaveMinute, type AgendaItem, type Minute, type MinuteInput } from '../api/useMeeting';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { MeetingFormRefusal } from './MeetingFormRefusal';

const fieldsOf = (minute: Minute | null) => ({ minuteNumber: minute?.minuteNumber ? String(minute.minuteNumber) : '', text: minute?.text ?? '', correctionReason: '' });

function minuteChange(seen: Minute | null, theirs: Minute | null): SavedChange {
  if (!theirs) return { what: 'removed' };
  return { what: seen ? 'changed' : 'added', by: theirs.writtenBy, at: theirs.writtenAt };
}

const describe = (minute: Pick<Minute, 'minuteNumber' | 'text'> | null): Described => ({ 'Minute number': minute?.minuteNumber ? String(minute.minuteNumber) : 'None', Minute: minute?.text ?? 'None' });

/**
 * Drafts an item's minute, or changes it. Every save is a new version; the first quotes nothing, each later one the
 * version the form opened with, so two officers never overwrite each other unseen. Once a later meeting has
 * approved the minutes, a change is a correction and needs its reason.
 */
export function MinuteFormPage() {
  const meetingId = Number(useParams().id);
  const itemId = Number(useParams().itemId);
  const meeting = useMeeting(meetingId);
  const minute = useMinuteForForm(meetingId, itemId);
  const mayNotWrite = useMayNotWrite(meeting.data?.resource.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Write the minute" meetingId={meetingId} />;
  const failed = meeting.error ?? minute.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!meeting.data || !minute.data) return <p className="govuk-body">Loading…</p>;
  const item = meeting.data.resource.agendaItems.find((candidate) => candidate.id === itemId);
  if (!item) return <ProblemMessage error={new Error('No such agenda item')} />;
  return <MinuteForm meetingId={meetingId} item={item} approved={meeting.data.resource.status === 'minutes-approved'} opened={minute.data} />;
}

function MinuteForm({ meetingId, item, approved, opened }: { meetingId: number; item: AgendaItem; approved: boolean; opened: Seen<Minute | null> }) {
  const navigate = useNavigate();
  const save = useSaveMinute(meetingId, item.id);
  const form = useEditForm({
    opened,
    fieldsOf,
    save,
    changeOf: minuteChange,
    onSaved: () => navigate(`/meetings/${meetingId}`, { state: { saved: `Minute of item ${item.number} saved` } }),
  });
  const { fields, setFields } = form;
  const title = approved ? 'Correct the minute' : opened.resource ? 'Change the minute' : 'Draft the minute';
  const { byField, summary } = fieldErrors(save.error);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: MinuteInput = { minuteNumber: fields.minuteNumber.trim() === '' ? null : Number(fields.minuteNumber), text: fields.text, correctionReason: approved ? fields.correctionReason.trim() || null : null };
    form.submit(input);
  };
  return (
    <FormPage
      title={title}
      caption={`Item ${item.number}: ${item.title}`}
      summary={summary}
      onSubmit={submit}
      submit="Save minute"
      pending={save.pending}
      cancelTo={`/meetings/${meetingId}`}
      edit={{ ...form, noun: 'minute', describeSaved: describe, describeYours: describe }}
    >
      {approved && <p className="govuk-inset-text">These minutes have been approved. Your change will be kept as a correction, with its reason, beside the approved version.</p>}
      <TextInput id="minuteNumber" label="Minute number (optional)" hint="As the minutes print it, for example 8" width={3} inputMode="numeric" value={fields.minuteNumber} error={byField.minuteNumber} onChange={set('minuteNumber')} />
      <Textarea id="text" label="Minute" hint="What the board heard and discussed; the resolutions are added separately" rows={10} value={fields.text} error={byField.text} onChange={set('text')} />
      {approved && <Textarea id="correctionReason" label="Why is it being corrected?" rows={2} value={fields.correctionReason} error={byField.correctionReason} onChange={set('correctionReason')} />}
    </FormPage>
  );
}
