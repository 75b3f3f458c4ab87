import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';
import { refresh, type Changed } from './refresh';
import { ifMatchOf, type Seen } from './seen';

/**
 * Somebody else saved the resource after the page showed it, so the service refused this change. It carries what
 * is saved now (read again only to show it, never to save over it unseen) and the change that was refused.
 */
export class EditConflict<T, I> extends Error {
  constructor(
    readonly theirs: Seen<T>,
    readonly mine: I,
  ) {
    super('Somebody else changed this after you opened it');
    this.name = 'EditConflict';
  }
}

/**
 * 412: the ETag quoted is no longer current. 428 answers a save that quoted none because the page had seen
 * nothing, which means somebody has created the resource since.
 */
function isStale(error: unknown, over: Seen<unknown>) {
  if (!(error instanceof ApiError)) return false;
  return error.problem.status === 412 || (error.problem.status === 428 && over.etag === undefined);
}

type IfMatch = ReturnType<typeof ifMatchOf>;

/**
 * Saves a change quoting the ETag of what the page showed. When somebody else saved first, `conflict` holds both
 * versions and the officer chooses: keep theirs, or save theirs over it with the new ETag. No save ever quotes a
 * version the officer has not been shown. Once saved, what the change made stale (`changed`) is read again.
 */
export function useGuardedSave<T, I, R>({
  save,
  read,
  changed,
}: {
  save: (input: I, ifMatch: IfMatch) => Promise<R>;
  read: () => Promise<Seen<T>>;
  changed: (saved: R) => Changed;
}) {
  const queryClient = useQueryClient();
  // Kept apart from the mutation's error so that the choice stays on the page while a chosen save is under way.
  const [conflict, setConflict] = useState<EditConflict<T, I>>();
  const mutation = useMutation({
    mutationFn: async ({ input, over }: { input: I; over: Seen<T> }) => {
      try {
        return await save(input, ifMatchOf(over));
      } catch (error) {
        if (isStale(error, over)) throw new EditConflict(await read(), input);
        throw error;
      }
    },
    onError: (error) => setConflict(error instanceof EditConflict ? (error as EditConflict<T, I>) : undefined),
    onSuccess: (saved) => {
      setConflict(undefined);
      return refresh(queryClient, changed(saved));
    },
  });
  return {
    pending: mutation.isPending,
    conflict,
    /** Any other failure, for an error summary. */
    error: mutation.error instanceof EditConflict ? null : mutation.error,
    save: (input: I, over: Seen<T>, onSaved?: (saved: R) => void) => mutation.mutate({ input, over }, { onSuccess: onSaved }),
    /** Saves the refused change over the version saved since, as the officer chose with both in front of them. */
    saveMineOverTheirs: (onSaved?: (saved: R) => void) => {
      if (conflict) mutation.mutate({ input: conflict.mine, over: conflict.theirs }, { onSuccess: onSaved });
    },
    /** Drops the refused change; the page then shows `conflict.theirs` and quotes it when it next saves. */
    keepTheirs: () => {
      mutation.reset();
      setConflict(undefined);
    },
  };
}
