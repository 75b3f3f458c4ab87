import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import { Button } from '@/components/govuk/Button';
import { Radios } from '@/components/govuk/Radios';
import { Select } from '@/components/govuk/Select';
import { DateInput } from '@/components/govuk/DateInput';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { useMeetings, useWorkProgramme, type MeetingSummary, type WorkProgrammeItem } from '@/lib/api/meetings';
import { formatDate } from '@/lib/format';
import { municipalStartYear } from '@/lib/periods';
import { useAddResolution, useMeeting, type AgendaItem, type Meeting, type ResolutionInput } from '../api/useMeeting';
import { RESOLUTION_KINDS, VOTES } from './words';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { MeetingFormRefusal } from './MeetingFormRefusal';

interface ActionRow {
  description: string;
  owner: string;
  dueDate: string;
}
interface MoveRow {
  item: string;
  toMeeting: string;
  reason: string;
}

const EMPTY_ACTION: ActionRow = { description: '', owner: '', dueDate: '' };
const EMPTY_MOVE: MoveRow = { item: '', toMeeting: '', reason: '' };

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** The meetings of the same board before this one, latest first: those whose minutes this one may approve. */
function earlierMeetings(meetings: MeetingSummary[] | undefined, meeting: Meeting) {
  return (meetings ?? []).filter((candidate) => candidate.board.id === meeting.board.id && candidate.date < meeting.date).reverse();
}

/**
 * Records what the board resolved on an item, and in the same save what follows from it: the actions it creates,
 * the work programme items it moves, or the earlier minutes it approves.
 */
export function ResolutionFormPage() {
  const meetingId = Number(useParams().id);
  const itemId = Number(useParams().itemId);
  const meeting = useMeeting(meetingId);
  const data = meeting.data?.resource;
  const meetings = useMeetings({ authority: data?.authority }, Boolean(data));
  const programme = useWorkProgramme(data?.authority, data && municipalStartYear(data.date));
  const mayNotWrite = useMayNotWrite(data?.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Add a resolution" meetingId={meetingId} />;
  const failed = meeting.error ?? meetings.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!data || !meetings.data) return <p className="govuk-body">Loading…</p>;
  const item = data.agendaItems.find((candidate) => candidate.id === itemId);
  if (!item) return <ProblemMessage error={new Error('No such agenda item')} />;
  const programmeItems = programme.data ? [...programme.data.meetings.flatMap((m) => m.items), ...programme.data.unscheduled] : [];
  const programmeMeetings = programme.data?.meetings.map((m) => m.meeting) ?? [];
  return <ResolutionForm meeting={data} item={item} earlier={earlierMeetings(meetings.data, data)} programmeItems={programmeItems} programmeMeetings={programmeMeetings} />;
}

function ResolutionForm({
  meeting,
  item,
  earlier,
  programmeItems,
  programmeMeetings,
}: {
  meeting: Meeting;
  item: AgendaItem;
  earlier: MeetingSummary[];
  programmeItems: WorkProgrammeItem[];
  programmeMeetings: { id: number; date: string; title: string }[];
}) {
  const navigate = useNavigate();
  const add = useAddResolution(item.id);
  const [fields, setFields] = useState({
    number: '',
    text: '',
    kind: 'decision',
    vote: 'unanimous',
    votesFor: '',
    votesAgainst: '',
    abstentions: '',
    approvesMeeting: earlier[0] ? String(earlier[0].id) : '',
    approvesMinutesOf: '',
    notesReport: '',
  });
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [moves, setMoves] = useState<MoveRow[]>([]);
  const dueDates = Object.fromEntries(actions.map((action, index) => [`actions[${index}].dueDate`, { name: `The due date of action ${index + 1}`, value: action.dueDate }]));
  const { byField, summary } = fieldErrors(add.error, {}, dueDates);
  const set = (key: keyof typeof fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const reports = item.papers.flatMap((paper) => (paper.report ? [paper.report] : []));
  const approving = fields.kind === 'approve-minutes';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const recorded = fields.vote === 'recorded';
    const input: ResolutionInput = {
      number: optionalNumber(fields.number),
      text: fields.text.trim(),
      kind: fields.kind as ResolutionInput['kind'],
      vote: fields.vote as ResolutionInput['vote'],
      votesFor: recorded ? optionalNumber(fields.votesFor) : null,
      votesAgainst: recorded ? optionalNumber(fields.votesAgainst) : null,
      abstentions: recorded ? optionalNumber(fields.abstentions) : null,
      approvesMeeting: approving ? optionalNumber(fields.approvesMeeting) : null,
      approvesMinutesOf: approving ? fields.approvesMinutesOf.trim() || (earlier.find((m) => String(m.id) === fields.approvesMeeting)?.date ?? null) : null,
      notesReport: fields.kind === 'note-report' ? optionalNumber(fields.notesReport) : null,
      actions: actions.map((action) => ({ description: action.description.trim(), owner: action.owner.trim() || null, dueDate: action.dueDate.trim() || null })),
      workProgrammeMoves: moves.map((move) => ({ item: Number(move.item), toMeeting: optionalNumber(move.toMeeting), reason: move.reason.trim() })),
      workProgrammeAdditions: [],
    };
    add.mutate(input, { onSuccess: () => navigate(`/meetings/${meeting.id}`, { state: { saved: `Resolution added to item ${item.number}` } }) });
  };

  const meetingOptions = [{ value: '', text: 'Not placed at a meeting yet' }, ...programmeMeetings.map((m) => ({ value: String(m.id), text: `${formatDate(m.date)}: ${m.title}` }))];
  return (
    <FormPage
      title="Add a resolution"
      caption={`${formatDate(meeting.date)}, item ${item.number}: ${item.title}`}
      summary={summary}
      onSubmit={submit}
      submit="Save resolution"
      pending={add.isPending}
      cancelTo={`/meetings/${meeting.id}`}
    >
      <TextInput id="number" label="Number (optional)" hint="Its number within the item, as the minutes print it; leave empty for the next" width={3} inputMode="numeric" value={fields.number} error={byField.number} onChange={set('number')} />
      <Textarea id="text" label="Resolved that" rows={4} value={fields.text} error={byField.text} onChange={set('text')} />
      <Radios name="kind" legend="What does it do?" value={fields.kind} onChange={(kind) => setFields({ ...fields, kind })} error={byField.kind} items={Object.entries(RESOLUTION_KINDS).map(([value, text]) => ({ value, text }))} />
      {approving && (
        <>
          <Select
            id="approvesMeeting"
            label="Minutes of the meeting approved"
            value={fields.approvesMeeting}
            error={byField.approvesMeeting}
            onChange={set('approvesMeeting')}
            options={[{ value: '', text: 'Choose a meeting' }, ...earlier.map((m) => ({ value: String(m.id), text: `${formatDate(m.date)}: ${m.title}` }))]}
          />
          <TextInput
            id="approvesMinutesOf"
            label="Date the resolution names (optional)"
            hint="As printed, if it differs from the meeting's date, for example 2023-09-03"
            width={10}
            value={fields.approvesMinutesOf}
            error={byField.approvesMinutesOf}
            onChange={set('approvesMinutesOf')}
          />
        </>
      )}
      {fields.kind === 'note-report' && (
        <Select
          id="notesReport"
          label="Report noted"
          value={fields.notesReport}
          error={byField.notesReport}
          onChange={set('notesReport')}
          options={[{ value: '', text: reports.length ? 'Choose a report' : 'The item links no report' }, ...reports.map((report) => ({ value: String(report.id), text: report.title }))]}
        />
      )}
      <Radios name="vote" legend="Vote" value={fields.vote} onChange={(vote) => setFields({ ...fields, vote })} error={byField.vote} items={Object.entries(VOTES).map(([value, text]) => ({ value, text }))} />
      {fields.vote === 'recorded' && (
        <>
          <TextInput id="votesFor" label="For" width={3} inputMode="numeric" value={fields.votesFor} error={byField.votesFor} onChange={set('votesFor')} />
          <TextInput id="votesAgainst" label="Against" width={3} inputMode="numeric" value={fields.votesAgainst} error={byField.votesAgainst} onChange={set('votesAgainst')} />
          <TextInput id="abstentions" label="Abstentions" width={3} inputMode="numeric" value={fields.abstentions} error={byField.abstentions} onChange={set('abstentions')} />
        </>
      )}

      <h2 className="govuk-heading-m">Actions arising</h2>
      {actions.length === 0 && <p className="govuk-body">None yet.</p>}
      {actions.map((action, index) => {
        const id = (field: string) => `actions[${index}].${field}`;
        const change = (field: keyof ActionRow) => (event: { target: { value: string } }) => setActions(actions.map((a, i) => (i === index ? { ...a, [field]: event.target.value } : a)));
        return (
          <fieldset key={index} className="govuk-fieldset app-repeated-row">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {index + 1}</legend>
            <Textarea id={id('description')} label="What is to be done" rows={2} value={action.description} error={byField[id('description')]} onChange={change('description')} />
            <TextInput id={id('owner')} label="Who will do it" value={action.owner} error={byField[id('owner')]} onChange={change('owner')} />
            <DateInput
              id={id('dueDate')}
              legend="Due by"
              name={`The due date of action ${index + 1}`}
              value={action.dueDate}
              error={byField[id('dueDate')]}
              onChange={(dueDate) => setActions(actions.map((a, i) => (i === index ? { ...a, dueDate } : a)))}
            />
            <Button type="button" variant="secondary" onClick={() => setActions(actions.filter((_, i) => i !== index))}>
              Remove action {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => setActions([...actions, EMPTY_ACTION])}>
        Add an action arising
      </Button>

      <h2 className="govuk-heading-m">Changes to the work programme</h2>
      {moves.length === 0 && <p className="govuk-body">None yet.</p>}
      {moves.map((move, index) => {
        const id = (field: string) => `workProgrammeMoves[${index}].${field}`;
        const change = (field: keyof MoveRow) => (event: { target: { value: string } }) => setMoves(moves.map((m, i) => (i === index ? { ...m, [field]: event.target.value } : m)));
        return (
          <fieldset key={index} className="govuk-fieldset app-repeated-row">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Move {index + 1}</legend>
            <Select
              id={id('item')}
              label="Work programme item"
              value={move.item}
              error={byField[id('item')]}
              onChange={change('item')}
              options={[{ value: '', text: 'Choose an item' }, ...programmeItems.map((p) => ({ value: String(p.id), text: p.meeting ? `${p.title} (now ${formatDate(p.meeting.date)})` : `${p.title} (not placed)` }))]}
            />
            <Select id={id('toMeeting')} label="Move to" value={move.toMeeting} error={byField[id('toMeeting')]} onChange={change('toMeeting')} options={meetingOptions} />
            <TextInput id={id('reason')} label="Reason" value={move.reason} error={byField[id('reason')]} onChange={change('reason')} />
            <Button type="button" variant="secondary" onClick={() => setMoves(moves.filter((_, i) => i !== index))}>
              Remove move {index + 1}
            </Button>
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => setMoves([...moves, EMPTY_MOVE])}>
        Move a work programme item
      </Button>
    </FormPage>
  );
}
