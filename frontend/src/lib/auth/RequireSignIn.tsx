import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useSession } from './SessionContext';

/** Sends a signed-out visitor to the Keycloak sign-in page, and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const authenticated = session.authenticated;

  useEffect(() => {
    if (!authenticated) void session.signIn(location.pathname + location.search);
  }, [authenticated, session, location.pathname, location.search]);

  if (!authenticated) {
    return <p className="govuk-body">Taking you to the sign-in page…</p>;
  }
  return <>{children}</>;
}
