import { useState, type FormEvent } from 'react';
import { EditConflict } from '@/components/EditConflict';
import { Button } from '@/components/govuk/Button';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { Textarea } from '@/components/govuk/Textarea';
import { EDIT_CHOICES } from '@/components/useEditForm';
import { fieldErrors } from '@/lib/api/fieldErrors';
import type { Seen } from '@/lib/api/seen';
import { useWriteCommentary, type PackIndicator, type PerformancePack } from '../api/usePacks';

const commentaryIn = (pack: PerformancePack, code: string) =>
  pack.content.priorities.flatMap((priority) => priority.indicators).find((indicator) => indicator.code === code)?.commentary ?? '';

/**
 * An officer's commentary on one indicator of a draft, saved on its own. It quotes the pack as the page last read
 * it: saving one indicator's commentary changes the pack's version, and the page reads the pack again, so the next
 * commentary quotes that. When somebody else changed the pack meanwhile, both commentaries are shown to choose from.
 */
export function CommentaryForm({ packId, indicator, shown }: { packId: number; indicator: PackIndicator; shown: Seen<PerformancePack> }) {
  const save = useWriteCommentary(packId, indicator.code);
  const [text, setText] = useState(indicator.commentary ?? '');
  const [saved, setSaved] = useState(false);
  const id = `commentary-${indicator.code}`;
  const { byField, summary } = fieldErrors(save.error, (field) => (field === 'text' ? id : field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.save({ text: text.trim() }, shown, () => setSaved(true));
  };
  const conflict = save.conflict;
  if (conflict) {
    return (
      <EditConflict
        key={conflict.theirs.etag}
        noun="pack"
        change={{ what: 'changed' }}
        saved={{ Commentary: commentaryIn(conflict.theirs.resource, indicator.code) || 'None' }}
        yours={{ Commentary: conflict.mine.text }}
        {...EDIT_CHOICES}
        pending={save.pending}
        onKeep={() => {
          setText(commentaryIn(conflict.theirs.resource, indicator.code));
          save.keepTheirs();
        }}
        onOverwrite={() => save.saveMineOverTheirs(() => setSaved(true))}
      />
    );
  }
  return (
    <form onSubmit={submit} noValidate className="app-commentary">
      {summary.length > 0 && !byField[id] && <ErrorSummary items={summary} />}
      <Textarea
        id={id}
        label={
          <>
            Commentary <span className="govuk-visually-hidden">on {indicator.name}</span>
          </>
        }
        hint="What the board should know about this figure"
        rows={3}
        value={text}
        error={byField[id]}
        onChange={(event) => {
          setSaved(false);
          setText(event.target.value);
        }}
      />
      <Button variant="secondary" disabled={save.pending}>
        Save commentary <span className="govuk-visually-hidden">on {indicator.name}</span>
      </Button>
      <p className="govuk-body-s" role="status">
        {saved ? 'Commentary saved.' : ''}
      </p>
    </form>
  );
}
