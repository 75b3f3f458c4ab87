import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig } from './runtime';

const answer = (status: number, body: unknown) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('loadRuntimeConfig', () => {
  it('reads where Keycloak is', async () => {
    const config = { keycloakUrl: 'http://localhost:8180', realm: 'promise', clientId: 'promise-web' };
    await expect(loadRuntimeConfig(answer(200, config))).resolves.toEqual(config);
  });

  it('refuses a configuration with a missing setting', async () => {
    await expect(loadRuntimeConfig(answer(200, { keycloakUrl: 'http://x', realm: '' }))).rejects.toThrow('has no realm');
  });

  it('refuses when the configuration cannot be loaded', async () => {
    await expect(loadRuntimeConfig(answer(404, {}))).rejects.toThrow('(404)');
  });
});
