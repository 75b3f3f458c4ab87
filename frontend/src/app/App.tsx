import { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { ApiClient } from '@/lib/api/client';
import type { Session } from '@/lib/auth/session';
import { AppProviders } from './AppProviders';
import { createRouter } from './router';

export function App({ session, api }: { session: Session; api: ApiClient }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  const [router] = useState(createRouter);
  return (
    <AppProviders session={session} api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
