import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { formatDate } from '@/lib/format';
import { useAddDeclaration, useMeeting, type DeclarationInput } from '../api/useMeeting';
import { DECLARATION_KINDS } from './words';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { MeetingFormRefusal } from './MeetingFormRefusal';

const EMPTY = { agendaItem: '', memberName: '', kind: '', interest: '', dispensation: '' };

/** A member declares an interest at the meeting, in one of its items or in the meeting's business as a whole. */
export function DeclarationFormPage() {
  const id = Number(useParams().id);
  const meeting = useMeeting(id);
  const add = useAddDeclaration(id);
  const navigate = useNavigate();
  const [fields, setFields] = useState(EMPTY);
  const { byField, summary } = fieldErrors(add.error);
  const mayNotWrite = useMayNotWrite(meeting.data?.resource.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Add a declaration of interest" meetingId={id} />;
  if (meeting.isError) return <ProblemMessage error={meeting.error} />;
  if (!meeting.data) return <p className="govuk-body">Loading…</p>;
  const data = meeting.data.resource;
  const set = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: DeclarationInput = {
      agendaItem: fields.agendaItem ? Number(fields.agendaItem) : null,
      memberName: fields.memberName.trim(),
      kind: fields.kind as DeclarationInput['kind'],
      interest: fields.interest.trim(),
      dispensation: fields.dispensation.trim() || null,
    };
    add.mutate(input, { onSuccess: () => navigate(`/meetings/${id}`, { state: { saved: `Declaration by ${input.memberName} added` } }) });
  };
  return (
    <FormPage
      title="Add a declaration of interest"
      caption={`${data.title}, ${formatDate(data.date)}`}
      summary={summary}
      onSubmit={submit}
      submit="Add declaration"
      pending={add.isPending}
      cancelTo={`/meetings/${id}`}
    >
      <TextInput id="memberName" label="Member's name" value={fields.memberName} error={byField.memberName} onChange={set('memberName')} />
      <Select
        id="agendaItem"
        label="Agenda item"
        value={fields.agendaItem}
        error={byField.agendaItem}
        onChange={set('agendaItem')}
        options={[{ value: '', text: 'The meeting as a whole' }, ...data.agendaItems.map((item) => ({ value: String(item.id), text: `${item.number}. ${item.title}` }))]}
      />
      <Radios
        name="kind"
        legend="Kind of interest"
        value={fields.kind}
        onChange={(kind) => setFields({ ...fields, kind })}
        error={byField.kind}
        items={Object.entries(DECLARATION_KINDS).map(([value, text]) => ({ value, text }))}
      />
      <Textarea id="interest" label="The interest declared" rows={3} value={fields.interest} error={byField.interest} onChange={set('interest')} />
      <Textarea id="dispensation" label="Dispensation (optional)" hint="If the member was given one, what it allows" rows={2} value={fields.dispensation} error={byField.dispensation} onChange={set('dispensation')} />
    </FormPage>
  );
}
