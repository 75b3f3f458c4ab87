import { usePageTitle } from '@/components/usePageTitle';

/** Where "Sign in" leads while Keycloak cannot be reached: GOV.UK's "service unavailable" pattern, public pages kept. */
export function SignInUnavailablePage() {
  usePageTitle('Sorry, you cannot sign in at the moment');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, you cannot sign in at the moment</h1>
        <p className="govuk-body">The sign-in service is not answering. Nothing you saved has been lost.</p>
        <p className="govuk-body">
          You can still read the public scorecard, the council&apos;s promise, &lsquo;You said, we did&rsquo; and the
          board&apos;s meetings.
        </p>
        <p className="govuk-body">
          Try again in a few minutes: the{' '}
          <a className="govuk-link" href="/">
            home page
          </a>{' '}
          checks the sign-in service each time it opens.
        </p>
      </div>
    </div>
  );
}
