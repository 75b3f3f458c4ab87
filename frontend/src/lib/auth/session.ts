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

export async function startSession(config: RuntimeConfig, origin = window.location.origin): Promise<Session> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_VALIDITY_SECONDS).catch(() => keycloak.clearToken());
  };
  await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    checkLoginIframe: false,
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

/** The page the user was on when they had to sign in, once. */
export function takeReturnTo(): string | undefined {
  const returnTo = sessionStorage.getItem(RETURN_TO_KEY) ?? undefined;
  sessionStorage.removeItem(RETURN_TO_KEY);
  return returnTo;
}
