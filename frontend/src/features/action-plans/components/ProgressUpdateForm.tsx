import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EditConflict, type Described, type SavedChange } from '@/components/EditConflict';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { ImportantBanner } from '@/components/govuk/NotificationBanner';
import { Radios } from '@/components/govuk/Radios';
import { Textarea } from '@/components/govuk/Textarea';
import { DateInput } from '@/components/govuk/DateInput';
import { STATUS_OPTIONS, statusText } from '@/components/StatusTag';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { actionItemKeys } from '@/lib/api/queryKeys';
import type { Seen } from '@/lib/api/seen';
import { dateAsWritten } from '@/lib/format';
import { useAddUpdate, type ActionItemDetail } from '../api/useActionItem';

type Update = ActionItemDetail['updates'][number];

/** The newest update saved since the page showed the item, if the change was an update (not an edit of the item). */
function newestUnseenUpdate(seen: ActionItemDetail, theirs: ActionItemDetail): Update | undefined {
  const shown = new Set(seen.updates.map((update) => update.id));
  return theirs.updates.filter((update) => !shown.has(update.id)).at(-1);
}

function itemChange(added: Update | undefined): SavedChange {
  return added ? { what: 'updated', by: added.author, at: added.date } : { what: 'changed' };
}

function describeUpdate(update: { status: Update['status']; text: string; date?: string | null }): Described {
  return { Status: statusText(update.status), 'What has happened': update.text, Date: update.date ? dateAsWritten(update.date) : 'Today' };
}

function describeSaved(added: Update | undefined, theirs: ActionItemDetail): Described {
  return added ? describeUpdate(added) : { Status: statusText(theirs.item.status), 'What has happened': 'No new update: the item itself was changed', Date: 'None' };
}

const ITEM_CHOICES = {
  keep: { label: 'Keep the saved version', explanation: 'the page shows their update, and yours stays in the form so you can change it before you save it' },
  overwrite: { label: 'Add yours after it', explanation: 'your update is added after theirs, and the item takes your status' },
};

const EMPTY_UPDATE = { status: '', text: '', date: '' };

/**
 * A new progress update. It quotes the version of the item the page shows, so that an update never lands on news
 * the officer has not seen; when somebody else updated the item first, the officer sees both and chooses.
 */
export function ProgressUpdateForm({ id, seen, onSaved }: { id: number; seen: Seen<ActionItemDetail>; onSaved: (status: string) => void }) {
  const [form, setForm] = useState(EMPTY_UPDATE);
  const [keptTheirs, setKeptTheirs] = useState(false);
  const queryClient = useQueryClient();
  const add = useAddUpdate(id);
  const { byField, summary } = fieldErrors(add.error, {}, { date: { name: 'Date of the update', value: form.date } });
  const saved = (item: { status: string }) => {
    setForm(EMPTY_UPDATE);
    onSaved(STATUS_OPTIONS.find((o) => o.value === item.status)?.text ?? item.status);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setKeptTheirs(false);
    add.save({ status: (form.status || undefined) as Update['status'], text: form.text, date: form.date.trim() || undefined }, seen, saved);
  };
  const conflict = add.conflict;
  if (conflict) {
    const added = newestUnseenUpdate(seen.resource, conflict.theirs.resource);
    return (
      <EditConflict
        key={conflict.theirs.etag}
        noun="action item"
        change={itemChange(added)}
        saved={describeSaved(added, conflict.theirs.resource)}
        yours={describeUpdate(conflict.mine)}
        {...ITEM_CHOICES}
        pending={add.pending}
        onKeep={() => {
          // The page now shows the version saved since, so that is what the next save quotes.
          queryClient.setQueryData(actionItemKeys.detail(id), conflict.theirs);
          add.keepTheirs();
          setKeptTheirs(true);
        }}
        onOverwrite={() => add.saveMineOverTheirs(saved)}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      {keptTheirs && (
        <ImportantBanner title="You kept the saved version">
          <p className="govuk-body">Your update was not saved. The progress above now shows the update saved since you opened the page; yours is still in the form: change it if you need to, then save it.</p>
        </ImportantBanner>
      )}
      {summary.length > 0 && <ErrorSummary items={summary} />}
      <h2 className="govuk-heading-m">Add a progress update</h2>
      <Radios
        name="status"
        legend="Where does the item stand now?"
        value={form.status}
        onChange={(status) => setForm({ ...form, status })}
        error={byField.status}
        items={STATUS_OPTIONS.filter((option) => option.value !== 'carried-forward')}
      />
      <Textarea id="text" label="What has happened" rows={5} value={form.text} error={byField.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
      <DateInput
        id="date"
        legend="Date of the update (optional)"
        name="Date of the update"
        hint="For example, 31 3 2024. Leave empty for today."
        value={form.date}
        error={byField.date}
        onChange={(date) => setForm({ ...form, date })}
      />
      <Button disabled={add.pending}>Save update</Button>
    </form>
  );
}
