import { expect, signInOnKeycloak, test, KEYCLOAK_URL } from './fixtures';

test('an officer signs in through Keycloak, sees their authority and signs out', async ({ page, expectAccessible }) => {
  await page.goto('/');

  // A visitor lands on the public front door; "Sign in" takes them to the real Keycloak sign-in page.
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`^${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/auth`));
  const authorizeUrl = new URL(page.url());
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
  await expectAccessible(page);

  await signInOnKeycloak(page, 'officer.walsall');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What needs attention');
  await expect(page).toHaveTitle('Home – Promise');
  const details = page.locator('.govuk-summary-list');
  await expect(details.getByText('officer.walsall')).toBeVisible();
  await expect(details.locator('.govuk-summary-list__row', { hasText: 'Authority' })).toContainText('Walsall (E08000030)');
  await expect(details.locator('.govuk-summary-list__row', { hasText: 'Role' })).toContainText('Officer');
  // The tokens live in memory only.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have signed out');
  await expect(page.getByRole('link', { name: 'Sign out' })).toHaveCount(0);
  await expectAccessible(page);

  // The Keycloak session has ended too: the app asks for the password again.
  await page.getByRole('button', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(new RegExp(`^${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/auth`));
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('a page that does not exist says so', async ({ page, expectAccessible }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expectAccessible(page);
});

test('when the sign-in service cannot be reached, the public pages open and "Sign in" says so', async ({ page, expectAccessible }) => {
  await page.route(`${KEYCLOAK_URL}/**`, (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Promise');
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall' })).toBeVisible();

  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in-unavailable$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sorry, you cannot sign in at the moment');
  await expect(page).toHaveTitle('Sorry, you cannot sign in at the moment – Promise');
  await expectAccessible(page);
});
