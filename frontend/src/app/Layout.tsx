import { Outlet, useLocation } from 'react-router';
import { Footer } from '@/components/govuk/Footer';
import { Header } from '@/components/govuk/Header';
import { ServiceNavigation, type NavigationItem } from '@/components/govuk/ServiceNavigation';
import { SkipLink } from '@/components/govuk/SkipLink';
import { useSession } from '@/lib/auth/SessionContext';
import { usePermissions } from '@/lib/auth/usePermissions';
import { PageAnnouncer } from './PageAnnouncer';
import { usePrintOpensDetails } from './usePrintOpensDetails';

/** What a UK public-sector service must say about itself (accessibility regulations, UK GDPR, PECR). */
const FOOTER_LINKS = [
  { text: 'Accessibility statement', href: '/accessibility' },
  { text: 'Privacy notice', href: '/privacy' },
  { text: 'Cookies', href: '/cookies' },
  { text: 'API reference', href: '/api/v1/docs', reloadDocument: true },
];

export function Layout() {
  const session = useSession();
  const { pathname, search } = useLocation();
  const permissions = usePermissions();
  usePrintOpensDetails();
  const items: NavigationItem[] = [{ text: 'Home', href: '/', current: pathname === '/' }];
  if (session.authenticated) {
    items.push({ text: 'Scorecard', href: '/scorecard', current: pathname.startsWith('/scorecard') || pathname.startsWith('/indicators') });
    items.push({ text: 'Action plan', href: '/action-plans', current: pathname.startsWith('/action-') });
  }
  items.push({ text: 'Meetings', href: '/meetings', current: pathname.startsWith('/meetings') });
  items.push({ text: 'Reports', href: '/reports', current: pathname.startsWith('/reports') });
  if (session.authenticated && permissions.isInsider) items.push({ text: 'Performance packs', href: '/performance-packs', current: pathname.startsWith('/performance-packs') });
  items.push({ text: 'Work programme', href: '/work-programme', current: pathname === '/work-programme' });
  items.push({ text: 'Actions arising', href: '/actions-arising', current: pathname.startsWith('/actions-arising') });
  items.push({ text: 'Our promise', href: '/strategy', current: pathname === '/strategy' });
  items.push({ text: 'You said, we did', href: '/you-said-we-did', current: pathname === '/you-said-we-did' });
  if (!session.authenticated) items.push({ text: 'Public scorecard', href: '/public/scorecard', current: pathname === '/public/scorecard' });
  if (session.authenticated) {
    if (permissions.canImport) items.push({ text: 'Import', href: '/import', current: pathname === '/import' });
    if (permissions.checksData) items.push({ text: 'Data checks', href: '/data-checks', current: pathname === '/data-checks' });
    if (permissions.isAdmin) {
      items.push({ text: 'Partner systems', href: '/partner-systems', current: pathname === '/partner-systems' });
      items.push({ text: 'People', href: '/people', current: pathname === '/people' });
      items.push({ text: 'Audit history', href: '/audit', current: pathname === '/audit' });
    }
    items.push({ text: 'Sign out', href: '/signed-out', onClick: () => void session.signOut() });
  }
  // The front door is public; its people sign in from any page and come back to it.
  if (!session.authenticated) items.push({ text: 'Sign in', href: pathname + search, onClick: () => void session.signIn(pathname + search) });

  return (
    <>
      <PageAnnouncer />
      <SkipLink />
      <Header serviceName="Promise" />
      <ServiceNavigation items={items} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-main-wrapper" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer links={FOOTER_LINKS}>
        <p className="govuk-body-s">Promise: the Corporate Parenting Board&apos;s record of what it promised and what was done.</p>
      </Footer>
    </>
  );
}
