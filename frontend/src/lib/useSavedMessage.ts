import { useLocation } from 'react-router';

/** The confirmation a form passes to the page it returns to ("Commentary saved"), if it came back from one. */
export function useSavedMessage(): string | undefined {
  return (useLocation().state as { saved?: string } | null)?.saved;
}
