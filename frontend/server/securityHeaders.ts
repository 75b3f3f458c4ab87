/**
 * The security headers of the web client's pages, as `vite preview` sends them (vite.config.ts); nginx sends the
 * same ones in the Docker image (nginx/runtime-config.sh writes them, and securityHeaders.test.ts holds the two
 * together). Keycloak's address is known only when the server starts, so the policy is built then.
 */

/** keycloak-js finishes a silent sign-in check in an iframe of the app's own origin, on this page. */
export const SILENT_CHECK_SSO_PATH = '/silent-check-sso.html';

/**
 * No inline script or style and nothing from elsewhere, except Keycloak: keycloak-js fetches tokens from it
 * (connect-src) and checks the sign-in silently in an iframe that starts there and comes back here (frame-src).
 * Only the silent check's page may be framed, and only by the app itself.
 */
export function contentSecurityPolicy(keycloakUrl: string, { framedBySelf = false } = {}): string {
  const keycloak = new URL(keycloakUrl).origin;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self' ${keycloak}`,
    `frame-src 'self' ${keycloak}`,
    `frame-ancestors ${framedBySelf ? "'self'" : "'none'"}`,
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The headers for a page at `path`. No Strict-Transport-Security: these servers speak plain http; HSTS belongs
 * where TLS ends (see nginx/default.conf.template).
 */
export function securityHeaders(keycloakUrl: string, path: string): Record<string, string> {
  const framedBySelf = path === SILENT_CHECK_SSO_PATH;
  return {
    'Content-Security-Policy': contentSecurityPolicy(keycloakUrl, { framedBySelf }),
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': framedBySelf ? 'SAMEORIGIN' : 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
