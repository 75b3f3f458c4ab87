import type { APIRequestContext } from '@playwright/test';
import { expect, signInOnKeycloak, test, watchForCspViolations, API_URL, KEYCLOAK_URL } from './fixtures';

const FORM = '/indicators/SDQ_COMPLETE/value?area=E08000030&period=2022-23';
const VALUE_URL = `${API_URL}/api/v1/indicators/SDQ_COMPLETE/values/E08000030/2022-23`;

test('two officers change the same figure: the second to save sees who changed it and both versions, and chooses', async ({ browser, request, expectAccessible }) => {
  // Two browsers in effect: each context has its own Keycloak session.
  const [contextA, contextB] = [await browser.newContext(), await browser.newContext()];
  const [officerA, officerB] = [await contextA.newPage(), await contextB.newPage()];
  const cspViolations = [...[officerA, officerB].map(watchForCspViolations)];

  // Four different figures in turn, whatever the figure is when the test starts.
  const before = await storedValue(request);
  const [savedByB, typedByA, savedByBAgain, savedByAOverB] = [1, 2, 3, 4].map((step) => ((before + step - 1) % 90) + 1);

  // A opens the form first: it shows the figure as it stands.
  await officerA.goto(FORM);
  await signInOnKeycloak(officerA, 'officer.walsall');
  await expect(officerA.getByRole('heading', { level: 1 })).toHaveText('Enter a value');
  await expect(officerA.getByLabel(/^Value/)).toHaveValue(String(before));

  // B, an administrator, opens the same form and saves first.
  await officerB.goto(FORM);
  await signInOnKeycloak(officerB, 'admin');
  await expect(officerB.getByLabel(/^Value/)).toHaveValue(String(before));
  await officerB.getByLabel(/^Value/).fill(String(savedByB));
  await officerB.getByRole('button', { name: 'Save value' }).click();
  await expect(officerB.getByText(`Strengths and Difficulties Questionnaire up to date, 2022-23: ${savedByB}% saved`)).toBeVisible();

  // A saves the form as it opened: the service refuses, and the page says who changed the figure and when.
  await officerA.getByLabel(/^Value/).fill(String(typedByA));
  await officerA.getByRole('button', { name: 'Save value' }).click();
  const summary = officerA.locator('.govuk-error-summary');
  await expect(summary).toContainText(/This figure was changed by admin at \d{1,2}:\d{2}[ap]m on \d{1,2} \w+ \d{4} since you opened it/);
  await expect(summary).toBeFocused();
  await expect(officerA).toHaveTitle(/^Error: Enter a value/);
  const versions = officerA.getByRole('table', { name: 'The saved version and yours' });
  await expect(versions.getByRole('columnheader', { name: 'Saved by admin' })).toBeVisible();
  await expect(versions.getByRole('row', { name: `Value Different ${savedByB}% ${typedByA}%` })).toBeVisible();
  await expectAccessible(officerA);
  expect(await storedValue(request)).toBe(savedByB);

  // A keeps the saved version: the form shows it. A changes it and saves, now quoting what the form shows.
  await officerA.getByRole('button', { name: 'Keep the saved version' }).click();
  await expect(officerA.getByRole('alert')).toContainText('Your change was not saved');
  await expect(officerA.getByLabel(/^Value/)).toHaveValue(String(savedByB));
  await expectAccessible(officerA);

  // B changes it again; A's next save is refused again, and this time A saves theirs over it.
  await officerB.goto(FORM);
  await officerB.getByLabel(/^Value/).fill(String(savedByBAgain));
  await officerB.getByRole('button', { name: 'Save value' }).click();
  await expect(officerB.getByText(`Strengths and Difficulties Questionnaire up to date, 2022-23: ${savedByBAgain}% saved`)).toBeVisible();
  await officerA.getByLabel(/^Value/).fill(String(savedByAOverB));
  await officerA.getByRole('button', { name: 'Save value' }).click();
  await expect(officerA.getByRole('table', { name: 'The saved version and yours' }).getByRole('row', { name: `Value Different ${savedByBAgain}% ${savedByAOverB}%` })).toBeVisible();
  await officerA.getByRole('button', { name: 'Save yours over it' }).click();
  await expect(officerA.getByText(`Strengths and Difficulties Questionnaire up to date, 2022-23: ${savedByAOverB}% saved`)).toBeVisible();

  expect(await storedValue(request)).toBe(savedByAOverB);
  expect(cspViolations.flat(), 'Content-Security-Policy violations').toEqual([]);
  await Promise.all([contextA.close(), contextB.close()]);
});

/** A partner system reads the stored figure, as any client of the API would. */
async function partnerAuthorization(request: APIRequestContext) {
  const token = await request.post(`${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/token`, {
    form: { grant_type: 'client_credentials', client_id: 'partner-walsall', client_secret: process.env.PARTNER_WALSALL_SECRET ?? 'partner-walsall-demo-secret' },
  });
  return { Authorization: `Bearer ${(await token.json()).access_token}` };
}

async function storedValue(request: APIRequestContext) {
  const response = await request.get(VALUE_URL, { headers: await partnerAuthorization(request) });
  expect(response.status()).toBe(200);
  return (await response.json()).value as number;
}
