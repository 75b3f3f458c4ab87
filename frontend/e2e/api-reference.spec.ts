import { API_URL, expect, KEYCLOAK_URL, signInOnKeycloak, test } from './fixtures.ts';

// The API reference's "Authorize" signs a person in at the realm the API trusts (the contract names the demo realm's
// address; the page moves it), with the web client's public client and PKCE, and "Try it out" then calls the API
// with the person's token. Run on the API's own address: the reference is the API's page.
test('a person signs in from the API reference and tries an operation with their token', async ({ page }) => {
  await page.goto(`${API_URL}/api/v1/docs`);
  await expect(page.getByRole('heading', { name: /^Promise API/ })).toBeVisible();

  await page.getByRole('button', { name: 'Authorize' }).first().click();
  // Swagger UI's dialog has no dialog role; each scheme's flow has a container of its own, named by its heading.
  const flow = page.locator('.auth-container').filter({ has: page.getByRole('heading', { name: /authorizationCode/ }) });
  await expect(flow.getByText(`${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/auth`)).toBeVisible();
  await expect(flow.getByRole('textbox', { name: /client_id/ })).toHaveValue('promise-web');
  const [popup] = await Promise.all([page.waitForEvent('popup'), flow.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click()]);
  // Listened for before signing in: the popup may close before a listener added after the sign-in would be there.
  const closed = popup.waitForEvent('close');
  await signInOnKeycloak(popup, 'analyst');
  await closed;
  await expect(flow.getByRole('button', { name: 'Remove authorization' })).toBeVisible();
  await flow.getByRole('button', { name: 'Close' }).click();

  const me = page.locator('#operations-identity-getMe');
  await me.locator('.opblock-summary').click();
  await me.getByRole('button', { name: 'Try it out' }).click();
  await me.getByRole('button', { name: 'Execute' }).click();
  const answer = me.locator('.live-responses-table .response').first();
  await expect(answer.locator('.response-col_status')).toHaveText('200');
  await expect(answer.locator('.microlight').first()).toContainText('"analyst"');
});
