import { useEffect } from 'react';

/** Each page names itself in the browser tab and to screen readers, as GOV.UK pages do. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Promise`;
  }, [title]);
}
