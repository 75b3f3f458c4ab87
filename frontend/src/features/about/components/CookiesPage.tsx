import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { usePageTitle } from '@/components/usePageTitle';

/** Keycloak 26's own cookies on its sign-in pages (its server documentation lists them). */
const SIGN_IN_COOKIES = [
  { name: 'AUTH_SESSION_ID', purpose: 'Keeps your place while you are signing in', expires: 'When you close your browser' },
  { name: 'KC_AUTH_SESSION_HASH', purpose: 'Checks that the sign-in page and the sign-in session belong together', expires: 'When you close your browser' },
  { name: 'KC_RESTART', purpose: 'Lets the sign-in start again if it takes too long', expires: 'When you close your browser' },
  { name: 'KEYCLOAK_IDENTITY', purpose: 'Remembers that you have signed in, so you are not asked again', expires: 'When you sign out, after 30 minutes without using the service, or after 10 hours' },
  { name: 'KEYCLOAK_SESSION', purpose: 'Lets the service notice when you sign out', expires: 'When you sign out, after 30 minutes without using the service, or after 10 hours' },
  { name: 'KEYCLOAK_LOCALE', purpose: 'Remembers the language you chose on the sign-in page, if you chose one', expires: 'When you close your browser' },
];

/** Which cookies a visitor gets, as the Privacy and Electronic Communications Regulations ask a service to say. */
export function CookiesPage() {
  usePageTitle('Cookies');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Cookies</h1>
        <p className="govuk-body">Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>
        <p className="govuk-body">
          Promise itself sets no cookies: reading the public pages sets none at all, and there is no analytics or advertising. Because no cookie is
          optional, there is nothing to accept or reject.
        </p>

        <h2 className="govuk-heading-l">Cookies set when you sign in</h2>
        <p className="govuk-body">
          Signing in is done by the council&apos;s sign-in service (Keycloak). It sets these essential cookies on its own address, only when you sign in.
          They keep you signed in securely and are never used to track you.
        </p>
        <Table caption="Cookies the sign-in service sets" captionSize="m" head={['Name', 'What it is for', 'When it expires']}>
          {SIGN_IN_COOKIES.map((cookie) => (
            <TableRow key={cookie.name}>
              <RowHeader>
                <span className="app-sha">{cookie.name}</span>
              </RowHeader>
              <TableCell>{cookie.purpose}</TableCell>
              <TableCell>{cookie.expires}</TableCell>
            </TableRow>
          ))}
        </Table>

        <h2 className="govuk-heading-l">Other things saved in your browser</h2>
        <p className="govuk-body">
          While you sign in, Promise keeps the page to bring you back to in your browser&apos;s session storage, and the sign-in library keeps a check
          that the sign-in answer is the one it asked for. Neither is a cookie, neither is sent anywhere, and both are removed when you have signed in.
        </p>
      </div>
    </div>
  );
}
