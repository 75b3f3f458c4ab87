import type { MouseEvent, ReactNode } from 'react';

/**
 * A long table with a "Skip table" link before it, shown when it has focus (as the skip link is), so that a
 * keyboard or screen-reader user need not go through every row to reach what follows. The link moves focus to
 * the end of the table itself rather than changing the address.
 */
export function SkipTable({ id, children }: { id: string; children: ReactNode }) {
  const end = `${id}-end`;
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(end)?.focus();
  };
  return (
    <>
      <a href={`#${end}`} className="govuk-skip-link app-skip-table" onClick={skip}>
        Skip table
      </a>
      {children}
      <span id={end} tabIndex={-1} className="app-skip-table__end" />
    </>
  );
}
