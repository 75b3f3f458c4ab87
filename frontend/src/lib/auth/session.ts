import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime';

/**
 * The signed-in session. keycloak-js keeps the tokens in memory only (never in storage) and this module refreshes
 * the access token before it runs out; signing in uses the authorization code flow with PKCE (S256).
 */
export interface Session {
  readonly authenticated: boolean;
  /** A fresh access token, refreshed first when it has under 30 seconds left; undefined when signed out. */
  accessToken(): Promise<string | undefined>;
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
}

const RETURN_TO_KEY = 'promise.returnTo';
const MIN_VALIDITY_SECONDS = 30;
/** How long the sign-in service may take to answer before the public pages open without it. */
const SIGN_IN_SERVICE_WAIT_MS = 4000;
export const SIGN_IN_UNAVAILABLE_PATH = '/sign-in-unavailable';

/**
 * The session, or, when the sign-in service cannot be reached, a signed-out one whose "Sign in" says so: the public
 * pages never wait on Keycloak, and nobody is sent to an address that does not answer.
 */
export async function startSession(config: RuntimeConfig, origin = window.location.origin): Promise<Session> {
  try {
    return await startKeycloakSession(config, origin);
  } catch {
    return signInUnavailable(origin);
  }
}

async function startKeycloakSession(config: RuntimeConfig, origin: string): Promise<Session> {
  // keycloak-js waits on a hidden frame for Keycloak's answer; ask Keycloak directly first, with a time limit.
  const discovery = await fetch(`${config.keycloakUrl}/realms/${config.realm}/.well-known/openid-configuration`, {
    signal: AbortSignal.timeout(SIGN_IN_SERVICE_WAIT_MS),
  });
  if (!discovery.ok) throw new Error(`The sign-in service answered ${discovery.status}`);
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => keycloak.clearToken());
  };
  await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    messageReceiveTimeout: SIGN_IN_SERVICE_WAIT_MS,
    silentCheckSsoRedirectUri: `${origin}/silent-check-sso.html`,
    redirectUri: `${origin}/`,
  });

  return {
    get authenticated() {
      return keycloak.authenticated === true;
    },
    async accessToken() {
      if (!keycloak.authenticated) return undefined;
      try {
        await keycloak.updateToken(MIN_VALIDITY_SECONDS);
      } catch {
        keycloak.clearToken();
        return undefined;
      }
      return keycloak.token;
    },
    async signIn(returnTo) {
      // Keycloak accepts only exact redirect addresses, so the page to come back to waits in session storage.
      if (returnTo && returnTo !== '/') sessionStorage.setItem(RETURN_TO_KEY, returnTo);
      await keycloak.login({ redirectUri: `${origin}/` });
    },
    async signOut() {
      await keycloak.logout({ redirectUri: `${origin}/signed-out` });
    },
  };
}

function signInUnavailable(origin: string): Session {
  return {
    authenticated: false,
    accessToken: () => Promise.resolve(undefined),
    signIn: () => {
      window.location.assign(`${origin}${SIGN_IN_UNAVAILABLE_PATH}`);
      return Promise.resolve();
    },
    signOut: () => Promise.resolve(),
  };
}

/** The page the user was on when they had to sign in, once. */
export function takeReturnTo(): string | undefined {
  const returnTo = sessionStorage.getItem(RETURN_TO_KEY) ?? undefined;
  sessionStorage.removeItem(RETURN_TO_KEY);
  return returnTo;
}
