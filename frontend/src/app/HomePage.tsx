import { DashboardPage } from '@/features/dashboard/components/DashboardPage';
import { PublicHomePage } from '@/features/front-door/components/PublicHomePage';
import { AccountSummary } from '@/features/me/components/AccountSummary';
import { useSession } from '@/lib/auth/SessionContext';

/** `/`: a signed-in person's first page (what needs their attention), or the public front door for a visitor. */
export function HomePage() {
  const { authenticated } = useSession();
  if (!authenticated) return <PublicHomePage />;
  return (
    <>
      <DashboardPage />
      <AccountSummary />
    </>
  );
}
