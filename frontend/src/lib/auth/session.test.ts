import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGN_IN_UNAVAILABLE_PATH, startSession } from './session';

const config = { keycloakUrl: 'http://sign-in.example', realm: 'promise', clientId: 'promise-web' };

describe('startSession when the sign-in service cannot be reached', () => {
  const assign = vi.fn();
  const realLocation = window.location;

  beforeEach(() => {
    Object.defineProperty(window, 'location', { configurable: true, value: { ...realLocation, assign } });
  });

  afterEach(() => {
    Object.defineProperty(window, 'location', { configurable: true, value: realLocation });
    vi.unstubAllGlobals();
    assign.mockReset();
  });

  it.each([
    ['refuses the connection', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['answers with an error', () => Promise.resolve(new Response('', { status: 503 }))],
  ])('opens signed out when it %s, and "Sign in" leads to the page that says so', async (_, answer) => {
    const fetch = vi.fn(answer);
    vi.stubGlobal('fetch', fetch);

    const session = await startSession(config, 'http://promise.example');

    expect(fetch).toHaveBeenCalledWith(
      'http://sign-in.example/realms/promise/.well-known/openid-configuration',
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    expect(session.authenticated).toBe(false);
    await expect(session.accessToken()).resolves.toBeUndefined();
    await session.signIn('/scorecard');
    expect(assign).toHaveBeenCalledWith(`http://promise.example${SIGN_IN_UNAVAILABLE_PATH}`);
  });
});
