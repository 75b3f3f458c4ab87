import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiProvider } from '@/lib/api/ApiContext';
import type { ApiClient } from '@/lib/api/client';
import { SessionProvider } from '@/lib/auth/SessionContext';
import type { Session } from '@/lib/auth/session';

/** Everything a page needs around it: the session, the API client and the query cache. */
export function AppProviders({ session, api, queryClient, children }: { session: Session; api: ApiClient; queryClient: QueryClient; children: ReactNode }) {
  return (
    <SessionProvider session={session}>
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiProvider>
    </SessionProvider>
  );
}
