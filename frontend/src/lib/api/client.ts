import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export type ApiClient = ReturnType<typeof createClient<paths>>;

/** The typed client for openapi.yaml; every request carries a fresh access token when there is one. */
export function createApiClient(
  accessToken: () => Promise<string | undefined>,
  options: { baseUrl?: string; fetch?: typeof fetch } = {},
): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  const authenticate: Middleware = {
    async onRequest({ request }) {
      const token = await accessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(authenticate);
  return client;
}
