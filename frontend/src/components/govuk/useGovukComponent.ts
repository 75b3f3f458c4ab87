import { useEffect, useRef } from 'react';

/**
 * Initialises a GOV.UK Frontend JavaScript component on the element the returned ref points at, once it is in
 * the page. Each component guards itself against a second initialisation on the same element.
 */
export function useGovukComponent<E extends Element>(Component: new (root: Element) => unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (ref.current && document.body.classList.contains('govuk-frontend-supported')) {
      try {
        new Component(ref.current);
      } catch {
        // Already initialised (React may run effects twice in development): nothing to do.
      }
    }
  }, [Component]);
  return ref;
}
