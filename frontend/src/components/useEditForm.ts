import { useState } from 'react';
import type { Seen } from '@/lib/api/seen';
import type { useGuardedSave } from '@/lib/api/useGuardedSave';
import type { SavedChange } from './EditConflict';

/** The two ways out of a conflict on a form that edits a whole record. */
export const EDIT_CHOICES = {
  keep: { label: 'Keep the saved version', explanation: 'the form shows it again, so you can check it and change it if you need to' },
  overwrite: { label: 'Save yours over it', explanation: 'your version replaces the saved one' },
};

/**
 * The state of a form that edits a record quoting its ETag: the fields, opened with the record as the page read
 * it, and the version the save quotes. When somebody else saved first, `conflict` has what EditConflict needs; keeping
 * their version opens the form again with it, so the next save quotes what the officer has now seen.
 */
export function useEditForm<T, I, F, R>({
  opened,
  fieldsOf,
  save,
  onSaved,
  changeOf = () => ({ what: 'changed' }),
}: {
  opened: Seen<T>;
  fieldsOf: (record: T) => F;
  save: ReturnType<typeof useGuardedSave<T, I, R>>;
  onSaved: (saved: R) => void;
  changeOf?: (seen: T, theirs: T) => SavedChange;
}) {
  const [seen, setSeen] = useState(opened);
  const [fields, setFields] = useState(() => fieldsOf(opened.resource));
  const [keptTheirs, setKeptTheirs] = useState(false);
  const conflict = save.conflict;
  return {
    seen,
    fields,
    setFields,
    keptTheirs,
    submit: (input: I) => {
      setKeptTheirs(false);
      save.save(input, seen, onSaved);
    },
    conflict: conflict && {
      theirs: conflict.theirs.resource,
      mine: conflict.mine,
      key: conflict.theirs.etag,
      props: {
        change: changeOf(seen.resource, conflict.theirs.resource),
        ...EDIT_CHOICES,
        pending: save.pending,
        onKeep: () => {
          setSeen(conflict.theirs);
          setFields(fieldsOf(conflict.theirs.resource));
          setKeptTheirs(true);
          save.keepTheirs();
        },
        onOverwrite: () => save.saveMineOverTheirs(onSaved),
      },
    },
  };
}
