import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { FormPage } from '@/components/FormPage';
import type { Described } from '@/components/EditConflict';
import { Button } from '@/components/govuk/Button';
import { Checkboxes } from '@/components/govuk/Checkboxes';
import { Select } from '@/components/govuk/Select';
import { TextInput } from '@/components/govuk/TextInput';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { formatDate } from '@/lib/format';
import { useBoards, useMeetingForForm, useRecordAttendance, type AttendanceEntry, type AttendanceInput, type Board, type Meeting } from '../api/useMeeting';
import { CAPACITIES, PRESENCES } from './words';
import { useMayNotWrite } from '@/components/CannotUseForm';
import { MeetingFormRefusal } from './MeetingFormRefusal';

type EntryInput = AttendanceInput['entries'][number];
interface Row {
  name: string;
  capacity: string;
  presence: string;
  substituteFor: string;
  roleTitle: string;
  voting: boolean;
  boardMember: string;
}

const rowOf = (entry: Omit<AttendanceEntry, 'id'>): Row => ({
  name: entry.name,
  capacity: entry.capacity,
  presence: entry.presence,
  substituteFor: entry.substituteFor ?? '',
  roleTitle: entry.roleTitle ?? '',
  voting: entry.voting,
  boardMember: entry.boardMember ? String(entry.boardMember) : '',
});

const EMPTY_ROW: Row = { name: '', capacity: 'member', presence: 'present', substituteFor: '', roleTitle: '', voting: false, boardMember: '' };

/**
 * The record as saved; before anything is recorded, the board's members, each present, so that the officer marks
 * who was not rather than typing everyone.
 */
function rowsOf(meeting: Meeting, board: Board | undefined): Row[] {
  if (meeting.attendance.length > 0 || !board) return meeting.attendance.map(rowOf);
  return board.members.map((member) => ({
    ...EMPTY_ROW,
    name: member.name,
    roleTitle: member.role === 'chair' ? 'Chair' : member.role === 'vice-chair' ? 'Vice-Chair' : '',
    voting: member.voting,
    boardMember: String(member.id),
  }));
}

function inputOf(rows: Row[]): AttendanceInput {
  return {
    entries: rows.map(
      (row): EntryInput => ({
        name: row.name.trim(),
        capacity: row.capacity as EntryInput['capacity'],
        presence: row.presence as EntryInput['presence'],
        substituteFor: row.capacity === 'substitute' ? row.substituteFor.trim() || null : null,
        roleTitle: row.roleTitle.trim() || null,
        voting: row.voting,
        boardMember: row.boardMember ? Number(row.boardMember) : null,
      }),
    ),
  };
}

function describe(input: AttendanceInput): Described {
  const line = (entry: EntryInput) =>
    `${entry.name}: ${CAPACITIES[entry.capacity].toLowerCase()}${entry.substituteFor ? ` for ${entry.substituteFor}` : ''}, ${PRESENCES[entry.presence].toLowerCase()}`;
  return { Attendance: input.entries.map(line).join('\n') || 'Nobody' };
}

const options = (words: Record<string, string>) => Object.entries(words).map(([value, text]) => ({ value, text }));

function AttendanceRow({
  index,
  row,
  members,
  byField,
  change,
  remove,
}: {
  index: number;
  row: Row;
  members: { value: string; text: string }[];
  byField: Record<string, string>;
  change: (row: Row) => void;
  remove: () => void;
}) {
  const id = (field: string) => `entries[${index}].${field}`;
  const set = (field: keyof Row) => (event: { target: { value: string } }) => change({ ...row, [field]: event.target.value });
  return (
    <fieldset className="govuk-fieldset app-repeated-row">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Person {index + 1}
        {row.name && `: ${row.name}`}
      </legend>
      <TextInput id={id('name')} label="Name" value={row.name} error={byField[id('name')]} onChange={set('name')} />
      <Select id={id('capacity')} label="Attended as" value={row.capacity} error={byField[id('capacity')]} onChange={set('capacity')} options={options(CAPACITIES)} />
      {row.capacity === 'substitute' && (
        <TextInput id={id('substituteFor')} label="Substituted for" hint="The member whose place they took" value={row.substituteFor} error={byField[id('substituteFor')]} onChange={set('substituteFor')} />
      )}
      <Select id={id('presence')} label="Present?" value={row.presence} error={byField[id('presence')]} onChange={set('presence')} options={options(PRESENCES)} />
      <TextInput id={id('roleTitle')} label="Role or job title (optional)" value={row.roleTitle} error={byField[id('roleTitle')]} onChange={set('roleTitle')} />
      <Select id={id('boardMember')} label="Board member it records (optional)" value={row.boardMember} error={byField[id('boardMember')]} onChange={set('boardMember')} options={members} />
      <Checkboxes
        name={id('voting')}
        small
        error={byField[id('voting')]}
        items={[{ value: 'true', text: 'Has a vote', checked: row.voting, onChange: (event) => change({ ...row, voting: event.target.checked }) }]}
      />
      <Button type="button" variant="secondary" onClick={remove}>
        Remove person {index + 1}
        <span className="govuk-visually-hidden">{row.name && `: ${row.name}`}</span>
      </Button>
    </fieldset>
  );
}

export function AttendanceFormPage() {
  const id = Number(useParams().id);
  const meeting = useMeetingForForm(id);
  const boards = useBoards(meeting.data?.resource.authority);
  const mayNotWrite = useMayNotWrite(meeting.data?.resource.authority);
  if (mayNotWrite) return <MeetingFormRefusal title="Record attendance" meetingId={id} />;
  const failed = meeting.error ?? boards.error;
  if (failed) return <ProblemMessage error={failed} />;
  if (!meeting.data || !boards.data) return <p className="govuk-body">Loading…</p>;
  const board = boards.data.find((candidate) => candidate.id === meeting.data.resource.board.id);
  return <AttendanceForm id={id} opened={meeting.data} board={board} />;
}

function AttendanceForm({ id, opened, board }: { id: number; opened: Seen<Meeting>; board: Board | undefined }) {
  const navigate = useNavigate();
  const save = useRecordAttendance(id);
  const form = useEditForm({
    opened,
    fieldsOf: (meeting: Meeting) => rowsOf(meeting, board),
    save,
    onSaved: () => navigate(`/meetings/${id}`, { state: { saved: 'Attendance recorded' } }),
  });
  const rows = form.fields;
  const setRows = form.setFields;
  const { byField, summary } = fieldErrors(save.error);
  const members = [{ value: '', text: 'Not a board member' }, ...(board?.members ?? []).map((member) => ({ value: String(member.id), text: member.name }))];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(rows));
  };
  return (
    <FormPage
      title="Record attendance"
      caption={`${opened.resource.title}, ${formatDate(opened.resource.date)}`}
      summary={summary}
      onSubmit={submit}
      submit="Save attendance"
      pending={save.pending}
      cancelTo={`/meetings/${id}`}
      edit={{ ...form, noun: 'attendance', describeSaved: (theirs: Meeting) => describe(inputOf(rowsOf(theirs, board))), describeYours: describe }}
    >
      <p className="govuk-body">Everyone who was expected or came: members, substitutes, officers, advisors, young people and guests. Saving replaces the whole record.</p>
      {rows.map((row, index) => (
        <AttendanceRow
          key={index}
          index={index}
          row={row}
          members={members}
          byField={byField}
          change={(changed) => setRows(rows.map((r, i) => (i === index ? changed : r)))}
          remove={() => setRows(rows.filter((_, i) => i !== index))}
        />
      ))}
      <Button type="button" variant="secondary" onClick={() => setRows([...rows, EMPTY_ROW])}>
        Add another person
      </Button>
    </FormPage>
  );
}
