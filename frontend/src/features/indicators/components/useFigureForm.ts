import type { SavedChange } from '@/components/EditConflict';
import { useEditForm } from '@/components/useEditForm';
import type { Seen } from '@/lib/api/seen';
import type { useGuardedSave } from '@/lib/api/useGuardedSave';

type Stamped = { updatedBy: string; updatedAt: string };

/** What happened to a value or target between the form's read and the save the service refused. */
function figureChange(seen: Stamped | null, theirs: Stamped | null): SavedChange {
  if (!theirs) return { what: 'removed' };
  return { what: seen ? 'changed' : 'added', by: theirs.updatedBy, at: theirs.updatedAt };
}

export const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));
export const numberText = (value?: number | null) => (value === undefined || value === null ? '' : String(value));

/**
 * The state of a value or target form (see useEditForm): a figure may not exist yet, or be removed meanwhile, and
 * the conflict says who saved it and when.
 */
export function useFigureForm<T extends Stamped, I, F>(form: {
  opened: Seen<T | null>;
  fieldsOf: (figure: T | null) => F;
  save: ReturnType<typeof useGuardedSave<T | null, I, T>>;
  onSaved: (saved: T) => void;
}) {
  return useEditForm({ ...form, changeOf: figureChange });
}
