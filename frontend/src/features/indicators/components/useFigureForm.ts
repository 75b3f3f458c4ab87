import { useState } from 'react';
import type { SavedChange } from '@/components/EditConflict';
import type { Seen } from '@/lib/api/seen';
import type { useGuardedSave } from '@/lib/api/useGuardedSave';

type Stamped = { updatedBy: string; updatedAt: string };

/** What happened to a value or target between the form's read and the save the service refused. */
function figureChange(seen: Stamped | null, theirs: Stamped | null): SavedChange {
  if (!theirs) return { what: 'removed' };
  return { what: seen ? 'changed' : 'added', by: theirs.updatedBy, at: theirs.updatedAt };
}

/** The two ways out of a conflict on a value or a target form. */
export const FIGURE_CHOICES = {
  keep: { label: 'Keep the saved version', explanation: 'the form shows it again, so you can check it and change it if you need to' },
  overwrite: { label: 'Save yours over it', explanation: 'your version replaces the saved one' },
};

export const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));
export const numberText = (value?: number | null) => (value === undefined || value === null ? '' : String(value));

/**
 * The state of a value or target form: its fields, opened with the figure as the service held it, and the version
 * its save quotes. The two change together: when the form opens, and when the officer keeps a version somebody
 * else saved in the meantime.
 */
export function useFigureForm<T extends Stamped, I, F>({
  opened,
  fieldsOf,
  save,
  onSaved,
}: {
  opened: Seen<T | null>;
  fieldsOf: (figure: T | null) => F;
  save: ReturnType<typeof useGuardedSave<T | null, I, T>>;
  onSaved: (saved: T) => void;
}) {
  const [seen, setSeen] = useState(opened);
  const [fields, setFields] = useState(() => fieldsOf(opened.resource));
  const [keptTheirs, setKeptTheirs] = useState(false);
  const conflict = save.conflict;
  return {
    /** The version the form shows, which its save quotes. */
    seen,
    fields,
    setFields,
    /** The officer chose the saved version over theirs: the page says theirs was not saved. */
    keptTheirs,
    submit: (input: I) => {
      setKeptTheirs(false);
      save.save(input, seen, onSaved);
    },
    conflict: conflict && {
      theirs: conflict.theirs.resource,
      mine: conflict.mine,
      /** A new conflict is a new summary, focused again. */
      key: conflict.theirs.etag,
      props: {
        change: figureChange(seen.resource, conflict.theirs.resource),
        ...FIGURE_CHOICES,
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
