import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityHeaders, SILENT_CHECK_SSO_PATH } from './securityHeaders';

const KEYCLOAK = 'https://sso.council.example:8443/auth';

/** The headers nginx/runtime-config.sh writes for the Docker image's nginx, by file. */
function nginxHeaders(keycloakUrl: string) {
  const html = mkdtempSync(join(tmpdir(), 'promise-html-'));
  const conf = mkdtempSync(join(tmpdir(), 'promise-nginx-'));
  execFileSync('sh', [join(import.meta.dirname, '../nginx/runtime-config.sh')], {
    env: { PATH: process.env.PATH, PROMISE_HTML_DIR: html, PROMISE_NGINX_CONF_DIR: conf, PROMISE_KEYCLOAK_URL: keycloakUrl },
  });
  const headersIn = (file: string) =>
    Object.fromEntries(
      readFileSync(join(conf, file), 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const [, name, quoted, bare] = /^add_header (\S+) (?:"([^"]*)"|(\S+)) always;$/.exec(line) ?? [];
          return [name, quoted ?? bare];
        }),
    );
  return {
    runtimeConfig: JSON.parse(readFileSync(join(html, 'runtime-config.json'), 'utf8')),
    pages: headersIn('security-headers.conf'),
    silentCheck: headersIn('security-headers-framed-by-self.conf'),
  };
}

describe('securityHeaders', () => {
  it('allows scripts from the app only, never inline, and no framing of the app', () => {
    const policy = securityHeaders(KEYCLOAK, '/scorecard')['Content-Security-Policy']!;
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(securityHeaders(KEYCLOAK, '/')).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  });

  it("lets keycloak-js reach Keycloak's origin, for tokens and for the silent sign-in check's iframe", () => {
    const policy = securityHeaders(KEYCLOAK, '/')['Content-Security-Policy'];
    expect(policy).toContain("connect-src 'self' https://sso.council.example:8443;");
    expect(policy).toContain("frame-src 'self' https://sso.council.example:8443;");
  });

  it('lets the app alone frame the page that ends the silent sign-in check', () => {
    expect(securityHeaders(KEYCLOAK, SILENT_CHECK_SSO_PATH)['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(securityHeaders(KEYCLOAK, SILENT_CHECK_SSO_PATH)['X-Frame-Options']).toBe('SAMEORIGIN');
  });

  it('sends no Strict-Transport-Security over the plain http these servers speak', () => {
    expect(Object.keys(securityHeaders(KEYCLOAK, '/'))).not.toContain('Strict-Transport-Security');
  });

  it("are the headers the Docker image's nginx sends, built from the same Keycloak address when it starts", () => {
    const nginx = nginxHeaders(KEYCLOAK);
    expect(nginx.pages).toEqual(securityHeaders(KEYCLOAK, '/'));
    expect(nginx.silentCheck).toEqual(securityHeaders(KEYCLOAK, SILENT_CHECK_SSO_PATH));
    expect(nginx.runtimeConfig).toEqual({ keycloakUrl: KEYCLOAK, realm: 'promise', clientId: 'promise-web' });
  });
});
