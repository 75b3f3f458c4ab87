import { Button } from '@/components/govuk/Button';
import { usePageTitle } from '@/components/usePageTitle';
import { useSession } from '@/lib/auth/SessionContext';

export function SignedOutPage() {
  usePageTitle('You have signed out');
  const session = useSession();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">You have signed out</h1>
        <p className="govuk-body">Your session with Promise has ended on this device.</p>
        <Button type="button" onClick={() => void session.signIn('/')}>
          Sign in again
        </Button>
      </div>
    </div>
  );
}
