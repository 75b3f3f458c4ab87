import { expect, test, KEYCLOAK_URL } from './fixtures';

const keycloakOrigin = new URL(KEYCLOAK_URL).origin;

test('the web client is served with a Content-Security-Policy that allows no inline script, and the other security headers', async ({ request }) => {
  // The app's addresses (a page the single-page app answers, its start page) and one of its built files.
  const index = await (await request.get('/')).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
  expect(script, 'the start page loads its script from a file').toBeTruthy();
  expect(index, 'no inline script in the start page').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  for (const path of ['/', '/scorecard', script!]) {
    const headers = (await request.get(path)).headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("script-src 'self';");
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain(`connect-src 'self' ${keycloakOrigin};`);
    expect(policy, path).toContain(`frame-src 'self' ${keycloakOrigin};`);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    // Plain http here: HSTS would be wrong.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }

  // The page that ends the silent sign-in check may be framed, by the app only.
  const silentCheck = await request.get('/silent-check-sso.html');
  expect(silentCheck.headers()['content-security-policy']).toContain("frame-ancestors 'self'");

  // No source maps are published.
  expect(await (await request.get(script!)).text()).not.toContain('sourceMappingURL');
});
