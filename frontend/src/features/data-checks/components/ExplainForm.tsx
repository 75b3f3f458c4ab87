import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EditConflict } from '@/components/EditConflict';
import { Button } from '@/components/govuk/Button';
import { Details } from '@/components/govuk/Details';
import { ErrorSummary } from '@/components/govuk/ErrorSummary';
import { Textarea } from '@/components/govuk/Textarea';
import { fieldErrors } from '@/lib/api/fieldErrors';
import { dataCheckKeys } from '@/lib/api/queryKeys';
import type { DataCheck } from '@/lib/api/dataChecks';
import { seenExplanation, useExplain } from '../api/useDataChecks';

const REASON_REQUIRED = 'Enter why the figures are right, or what is being done about them';

/**
 * Marks one warning as explained. It quotes the explanation the page showed (none, or one that lapsed when the
 * figures changed), so that somebody else's newer explanation is never overwritten unseen.
 */
export function ExplainForm({ authority, check }: { authority: string; check: DataCheck }) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const queryClient = useQueryClient();
  const explain = useExplain(authority, check.key);
  const id = `reason-${check.key.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const server = fieldErrors(explain.error, { reason: id });
  const error = missing ? REASON_REQUIRED : server.byField.reason;
  const summary = missing ? [{ text: REASON_REQUIRED, href: `#${id}` }] : server.summary;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    explain.save({ reason }, seenExplanation(check));
  };
  const conflict = explain.conflict;
  if (conflict) {
    const theirs = conflict.theirs.resource;
    return (
      <EditConflict
        noun="explanation"
        change={theirs ? { what: 'changed', by: theirs.explainedBy, at: theirs.explainedAt } : { what: 'removed' }}
        saved={theirs ? { Reason: theirs.reason } : null}
        yours={{ Reason: conflict.mine.reason }}
        keep={{ label: 'Keep the saved explanation', explanation: 'yours is not saved' }}
        overwrite={{ label: 'Save yours instead', explanation: 'your reason replaces the saved one' }}
        pending={explain.pending}
        onKeep={() => {
          explain.keepTheirs();
          void queryClient.invalidateQueries({ queryKey: dataCheckKeys.ofAuthority(authority) });
        }}
        onOverwrite={() => explain.saveMineOverTheirs()}
      />
    );
  }
  return (
    <Details summary="Explain this warning">
      <form onSubmit={submit} noValidate>
        {summary.length > 0 && <ErrorSummary items={summary} />}
        <Textarea
          id={id}
          label="Why are the figures right, or what is being done about them?"
          hint="For example: the pack rounded 77.5% up; the return to the Department for Education gives 77%."
          rows={3}
          value={reason}
          error={error}
          onChange={(event) => setReason(event.target.value)}
        />
        <Button disabled={explain.pending}>Save explanation</Button>
      </form>
    </Details>
  );
}
