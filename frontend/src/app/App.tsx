import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { ApiClient } from '@/lib/api/client';
import { ApiProvider } from '@/lib/api/ApiContext';
import { SessionProvider } from '@/lib/auth/SessionContext';
import type { Session } from '@/lib/auth/session';
import { createRouter } from './router';

export function App({ session, api }: { session: Session; api: ApiClient }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  const [router] = useState(createRouter);
  return (
    <SessionProvider session={session}>
      <ApiProvider client={api}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiProvider>
    </SessionProvider>
  );
}
