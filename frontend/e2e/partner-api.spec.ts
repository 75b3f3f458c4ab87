import { expect, test, API_URL, KEYCLOAK_URL } from './fixtures';

const TOKEN_URL = `${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/token`;
const PARTNER_SECRET = process.env.PARTNER_WALSALL_SECRET ?? 'partner-walsall-demo-secret';

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

test('a partner system signs in with client credentials and the API knows its role and authority', async ({ request }) => {
  const tokenResponse = await request.post(TOKEN_URL, {
    form: { grant_type: 'client_credentials', client_id: 'partner-walsall', client_secret: PARTNER_SECRET },
  });
  expect(tokenResponse.status()).toBe(200);
  const token = (await tokenResponse.json()).access_token as string;
  const claims = claimsOf(token);
  expect(claims.aud).toContain('promise-api');
  expect(claims.authority).toEqual(['E08000030']);

  const me = await request.get(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({
    name: 'partner-walsall',
    roles: ['partner'],
    authorities: [{ code: 'E08000030', name: 'Walsall' }],
  });

  // A partner system reads; it does not write.
  const write = await request.post(`${API_URL}/api/v1/reports`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { authority: 'E08000030', type: 'other', title: 'From a partner', visibility: 'public' },
  });
  expect(write.status()).toBe(403);
  expect(write.headers()['content-type']).toContain('application/problem+json');
});

test('a wrong partner secret gets no token', async ({ request }) => {
  const response = await request.post(TOKEN_URL, {
    form: { grant_type: 'client_credentials', client_id: 'partner-walsall', client_secret: 'wrong' },
  });
  expect(response.status()).toBe(401);
});

test('the web client cannot use the password grant', async ({ request }) => {
  const response = await request.post(TOKEN_URL, {
    form: { grant_type: 'password', client_id: 'promise-web', username: 'officer.walsall', password: 'officer.walsall' },
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect((await response.json()).error).toBe('unauthorized_client');
});

test('the API refuses a request without a token with a problem document', async ({ request }) => {
  const response = await request.get(`${API_URL}/api/v1/me`);
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ status: 401, title: 'Sign in first', instance: '/api/v1/me' });
});
