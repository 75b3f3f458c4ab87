import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { createApiClient } from '@/lib/api/client';
import type { Session } from '@/lib/auth/session';

export interface FakeSession extends Session {
  signIns: (string | undefined)[];
  signOuts: number;
}

export function fakeSession(authenticated: boolean): FakeSession {
  const session: FakeSession = {
    authenticated,
    signIns: [],
    signOuts: 0,
    accessToken: async () => (authenticated ? 'test-token' : undefined),
    signIn: async (returnTo) => {
      session.signIns.push(returnTo);
    },
    signOut: async () => {
      session.signOuts += 1;
    },
  };
  return session;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type FakeResponses = Record<string, FakeResponse | FakeResponse[]>;

/**
 * Renders routes with the real typed API client over a fake network: each "METHOD /path" answers as given (a list
 * answers in turn, its last answer repeating), anything else with 404. The requests made are recorded.
 */
export function renderRoutes(routes: RouteObject[], { path = '/', session = fakeSession(true), responses = {} as FakeResponses } = {}) {
  const requests: Request[] = [];
  const fakeFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    const key = `${request.method} ${new URL(request.url).pathname}`;
    const given = responses[key];
    const earlier = requests.filter((r) => `${r.method} ${new URL(r.url).pathname}` === key).length - 1;
    const answer = (Array.isArray(given) ? given[Math.min(earlier, given.length - 1)] : given) ?? { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
    });
  };
  const api = createApiClient(() => session.accessToken(), { baseUrl: 'http://promise.test', fetch: fakeFetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders session={session} api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, requests, session, router };
}

export function renderElement(element: ReactElement, options?: Parameters<typeof renderRoutes>[1]) {
  return renderRoutes([{ path: '*', element }], options);
}
