import { QueryClient } from '@tanstack/react-query';
import { render, renderHook } from '@testing-library/react';
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
 * The real typed API client over a fake network: each "METHOD /path" answers as given (a list answers in turn, its
 * last answer repeating), anything else with 404. The requests made are recorded.
 */
export function fakeApi(responses: FakeResponses, session: Session = fakeSession(true)) {
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
  return { api: createApiClient(() => session.accessToken(), { baseUrl: 'http://promise.test', fetch: fakeFetch }), requests };
}

const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Renders routes around the real typed API client over a fake network (see fakeApi). */
export function renderRoutes(routes: RouteObject[], { path = '/', session = fakeSession(true), responses = {} as FakeResponses } = {}) {
  const { api, requests } = fakeApi(responses, session);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders session={session} api={api} queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, requests, session, router };
}

/** Runs a hook inside the app's providers, over a fake network, with a query cache the test can fill and inspect. */
export function renderApiHook<R>(hook: () => R, { responses = {} as FakeResponses, queryClient = testQueryClient() } = {}) {
  const session = fakeSession(true);
  const { api, requests } = fakeApi(responses, session);
  const view = renderHook(hook, {
    wrapper: ({ children }) => (
      <AppProviders session={session} api={api} queryClient={queryClient}>
        {children}
      </AppProviders>
    ),
  });
  return { ...view, requests, queryClient };
}

export function renderElement(element: ReactElement, options?: Parameters<typeof renderRoutes>[1]) {
  return renderRoutes([{ path: '*', element }], options);
}
