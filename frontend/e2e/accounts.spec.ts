import { API_URL, expect, KEYCLOAK_URL, signInOnKeycloak, test } from './fixtures';

const TOKEN_URL = `${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/token`;
// Each run names its own, so that a run against a stack kept from an earlier one meets no duplicate.
const RUN = Date.now().toString(36);

test('an administrator adds a partner system, which gets a token and reads the KPIs, then revokes it', async ({ page, request, expectAccessible }) => {
  await page.goto('/partner-systems');
  await signInOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partner systems');
  await expectAccessible(page);

  // Nothing filled in: each field is named in the error summary and beside itself.
  await page.getByRole('button', { name: 'Add partner system' }).click();
  const problems = page.locator('.govuk-error-summary');
  await expect(problems).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: Partner systems/);
  await expect(problems.getByRole('link')).toHaveCount(2);
  await expect(problems).not.toContainText('GSS');
  await expectAccessible(page);

  await page.getByLabel('Authority it reads for').selectOption({ label: 'Walsall' });
  await page.getByLabel('Name of the partner system').fill(`Case system ${RUN}`);
  await page.getByRole('button', { name: 'Add partner system' }).click();
  await expect(page.getByRole('heading', { name: `The secret for Case system ${RUN}` })).toBeFocused();
  await expect(page.getByText('Copy the secret now')).toBeVisible();
  const clientId = (await page.locator('#new-client-id').textContent())!;
  const secret = (await page.locator('#new-client-secret').textContent())!;
  expect(clientId).toBe(`partner-case-system-${RUN}`);
  await expect(page.getByRole('table', { name: 'Partner systems' }).getByRole('rowheader', { name: `Case system ${RUN}` })).toBeVisible();
  await expectAccessible(page);

  // The partner system signs in with what the page showed, and reads its authority's KPIs.
  const granted = await request.post(TOKEN_URL, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret } });
  expect(granted.status()).toBe(200);
  const token = (await granted.json()).access_token as string;
  const kpis = await request.get(`${API_URL}/api/v1/kpis?pageSize=1`, { headers: { Authorization: `Bearer ${token}` } });
  expect(kpis.status()).toBe(200);
  const me = await request.get(`${API_URL}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ name: clientId, roles: ['partner'], authorities: [{ code: 'E08000030' }] });

  // Revoked, with a question first: Keycloak gives it no new token.
  await page.getByRole('button', { name: `Revoke Case system ${RUN}` }).click();
  await expect(page.getByRole('heading', { name: `Revoke Case system ${RUN}?` })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, revoke it' }).click();
  await expect(page.getByText(`Case system ${RUN} is revoked`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: `Case system ${RUN}` })).toHaveCount(0);
  const refused = await request.post(TOKEN_URL, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret } });
  expect(refused.status()).toBe(401);

  // The audit history names both changes, and never the secret.
  await page.goto('/audit?kind=partner-client');
  await expect(page.getByRole('rowheader', { name: `Partner system ${clientId}` })).toHaveCount(2);
  await expect(page.locator('body')).not.toContainText(secret);
});

test('an administrator gives a board member an account, finds them listed, and removes them', async ({ page, expectAccessible }) => {
  await page.goto('/people?authority=E08000030');
  await signInOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  const people = page.getByRole('table', { name: 'Officers and board members of Walsall' });
  await expect(people.getByRole('rowheader', { name: 'Olivia Walsall-Officer' })).toBeVisible();
  await expectAccessible(page);

  const email = `board.member.${RUN}@walsall.example`;
  await page.getByLabel('First name').fill('Priya');
  await page.getByLabel('Last name').fill(`Shah ${RUN}`);
  await page.getByLabel('E-mail address').fill('not an address');
  await page.getByLabel('Board member').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('must be an e-mail address such as name@council.gov.uk');
  await expectAccessible(page);

  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText(`Priya Shah ${RUN} can now be given access`)).toBeVisible();
  const row = people.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Priya Shah ${RUN}` }) });
  await expect(row).toContainText(email);
  await expect(row).toContainText('Board member');

  await row.getByRole('button', { name: `Remove Priya Shah ${RUN}` }).click();
  await expect(page.getByRole('heading', { name: `Remove Priya Shah ${RUN}?` })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, remove them' }).click();
  await expect(page.getByText(`Priya Shah ${RUN} is removed`)).toBeVisible();
  await expect(people.getByRole('rowheader', { name: `Priya Shah ${RUN}` })).toHaveCount(0);
  await expectAccessible(page);
});

test('the pages are for administrators only', async ({ page }) => {
  await page.goto('/people');
  await signInOnKeycloak(page, 'officer.walsall');
  await expect(page.getByText("Only administrators can manage people's accounts.")).toBeVisible();
  await expect(page.getByRole('link', { name: 'People' })).toHaveCount(0);
});
