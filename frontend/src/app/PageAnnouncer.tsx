import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a move to another page in the browser (no page load), focus goes to the top of the document, on a hidden
 * line that names the new page, as a page load would: a screen reader says where the reader now is, and the next
 * Tab reaches the skip link. Focusing the page's heading instead would send the next Tab into the page, past the
 * skip link. The first page is a page load, and a change of the address's query or fragment (a filter, a "Skip
 * table" link) stays on the page.
 */
export function PageAnnouncer() {
  const { pathname } = useLocation();
  const line = useRef<HTMLParagraphElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The new page names itself in its own effects, which run after this one.
    const frame = requestAnimationFrame(() => {
      if (!line.current) return;
      line.current.textContent = document.title;
      line.current.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);
  return <p ref={line} tabIndex={-1} className="govuk-visually-hidden app-page-announcer" data-testid="page-announcer" />;
}
