import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ACTION_STATUS_OPTIONS, actionStatusText, ActionArisingStatusTag } from '@/components/BoardTags';
import { EditConflict, type Described } from '@/components/EditConflict';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { FormActions } from '@/components/govuk/FormActions';
import { ImportantBanner, SuccessBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { SummaryList } from '@/components/govuk/SummaryList';
import { DateInput } from '@/components/govuk/DateInput';
import { TextInput } from '@/components/govuk/TextInput';
import { Textarea } from '@/components/govuk/Textarea';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useEditForm } from '@/components/useEditForm';
import { usePageTitle } from '@/components/usePageTitle';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { seenAtVersion, type Seen } from '@/lib/api/seen';
import { usePermissions } from '@/lib/auth/usePermissions';
import { resolutionName } from '@/lib/boardWords';
import { dateAsWritten, formatDate } from '@/lib/format';
import { useActionArising, useUpdateAction, type ActionArising, type ActionArisingUpdate } from '../api/useActionsArising';

const fieldsOf = (action: ActionArising) => ({
  description: action.description,
  owner: action.owner ?? '',
  dueDate: action.dueDate ?? '',
  status: action.status as string,
  evidence: action.evidence ?? '',
  closedOn: action.closedOn ?? '',
});

type Fields = ReturnType<typeof fieldsOf>;

const closes = (status: string) => status === 'done' || status === 'dropped';

function inputOf(fields: Fields): ActionArisingUpdate {
  return {
    description: fields.description.trim(),
    owner: fields.owner.trim() || null,
    dueDate: fields.dueDate.trim() || null,
    status: fields.status as ActionArisingUpdate['status'],
    evidence: fields.evidence.trim() || null,
    // Closing without a date closes it today; an open action has no closing date.
    closedOn: closes(fields.status) ? fields.closedOn.trim() || null : null,
  };
}

const describe = (input: ActionArisingUpdate): Described => ({
  Action: input.description,
  Owner: input.owner ?? 'Not named',
  Due: input.dueDate ? dateAsWritten(input.dueDate) : 'No due date',
  Status: actionStatusText(input.status),
  Evidence: input.evidence ?? 'None',
  Closed: input.closedOn ? dateAsWritten(input.closedOn) : 'Not closed',
});

function UpdateForm({ opened, onSaved }: { opened: Seen<ActionArising>; onSaved: (action: ActionArising) => void }) {
  const save = useUpdateAction(opened.resource.id);
  const form = useEditForm({ opened, fieldsOf, save, onSaved });
  const { fields, setFields } = form;
  const { byField, summary } = fieldErrors(save.error, {}, {
    closedOn: { name: 'Date closed', value: fields.closedOn },
    dueDate: { name: 'Due date', value: fields.dueDate },
  });
  const set = (key: keyof Fields) => (event: { target: { value: string } }) => setFields({ ...fields, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(inputOf(fields));
  };
  if (form.conflict) {
    return <EditConflict key={form.conflict.key} noun="action" saved={describe(inputOf(fieldsOf(form.conflict.theirs)))} yours={describe(form.conflict.mine)} {...form.conflict.props} />;
  }
  return (
    <form onSubmit={submit} noValidate>
      {form.keptTheirs && (
        <ImportantBanner title="You kept the saved version">
          <p className="govuk-body">Your change was not saved. The form now shows the action as saved: change it if you need to, then save it.</p>
        </ImportantBanner>
      )}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <h2 className="govuk-heading-m">Update the action</h2>
      <Radios name="status" legend="Status" value={fields.status} onChange={(status) => setFields({ ...fields, status })} error={byField.status} items={ACTION_STATUS_OPTIONS} />
      <Textarea id="evidence" label="Evidence" hint="What shows it was done, for example the e-mail that shared the figures. Needed to mark it done." rows={3} value={fields.evidence} error={byField.evidence} onChange={set('evidence')} />
      {closes(fields.status) && (
        <DateInput id="closedOn" legend="Date closed" name="Date closed" hint="For example, 13 11 2023. Leave empty for today." value={fields.closedOn} error={byField.closedOn} onChange={(closedOn) => setFields({ ...fields, closedOn })} />
      )}
      <Textarea id="description" label="Action" rows={2} value={fields.description} error={byField.description} onChange={set('description')} />
      <TextInput id="owner" label="Who will do it (optional)" value={fields.owner} error={byField.owner} onChange={set('owner')} />
      <DateInput id="dueDate" legend="Due by (optional)" name="Due date" value={fields.dueDate} error={byField.dueDate} onChange={(dueDate) => setFields({ ...fields, dueDate })} />
      <FormActions submit="Save action" pending={save.pending} cancelTo={`/actions-arising?authority=${opened.resource.authority}`} />
    </form>
  );
}

/** One action arising: what the resolution asked, where it stands, and, for the authority's officers, its update. */
export function ActionArisingPage() {
  const id = Number(useParams().id);
  const action = useActionArising(id);
  const permissions = usePermissions();
  const [saved, setSaved] = useState<ActionArising>();
  usePageTitle('Action arising');
  if (action.isError) return <ProblemMessage error={action.error} />;
  if (!action.data) return <p className="govuk-body">Loading…</p>;
  const shown = saved ?? action.data.resource;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {saved && <SuccessBanner title={`Action saved: now ${actionStatusText(saved.status).toLowerCase()}`}>The tracker shows the change.</SuccessBanner>}
        <Link className="govuk-back-link" to={`/actions-arising?authority=${shown.authority}`}>
          All actions arising
        </Link>
        <span className="govuk-caption-l">Action arising, {shown.authorityName}</span>
        <h1 className="govuk-heading-l">{shown.description}</h1>
        <p className="govuk-body">
          <ActionArisingStatusTag status={shown.status} late={shown.late} />
        </p>
        <SummaryList
          rows={[
            { key: 'Who will do it', value: shown.owner ?? 'Not named' },
            { key: 'Due by', value: shown.dueDate ? formatDate(shown.dueDate) : 'No due date' },
            { key: 'Evidence', value: shown.evidence ?? 'None yet' },
            { key: 'Closed', value: shown.closedOn ? formatDate(shown.closedOn) : 'Not yet' },
            {
              key: 'Resolution',
              value: (
                <>
                  <Link className="govuk-link" to={`/meetings/${shown.meeting.id}`}>
                    {resolutionName(shown.resolution)}
                  </Link>
                  , item {shown.agendaItem.number}: {shown.agendaItem.title}
                  <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{shown.resolutionText}</p>
                </>
              ),
            },
          ]}
        />
        {permissions.canWriteFor(shown.authority) && <UpdateForm key={saved?.version} opened={saved ? seenAtVersion(saved, saved.version) : action.data} onSaved={setSaved} />}
      </div>
    </div>
  );
}
