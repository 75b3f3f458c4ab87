import { useEffect } from 'react';

/**
 * Printing opens every closed "Why" and other details, so that reasons are on paper, and closes them again after:
 * for browsers whose print stylesheet cannot show a closed details' content.
 */
export function usePrintOpensDetails() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const open = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([data-keep-closed-in-print])')].filter((details) => !details.open);
      opened.forEach((details) => (details.open = true));
    };
    const close = () => {
      opened.forEach((details) => (details.open = false));
      opened = [];
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', close);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', close);
    };
  }, []);
}
