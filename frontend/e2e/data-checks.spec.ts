import { expect, signInOnKeycloak, test } from './fixtures';

test("an officer finds the pack's slip on the data checks page and explains it", async ({ page, expectAccessible }) => {
  await page.goto('/data-checks');
  await signInOnKeycloak(page, 'officer.walsall');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data checks');
  const sentence = page.getByText('79 of 102 is 77.5%, not 78%', { exact: true });
  await expect(sentence).toBeVisible();
  await expectAccessible(page);

  // The innermost block holding both the warning and its form.
  const warning = page.locator('div').filter({ has: sentence }).filter({ hasText: 'Explain this warning' }).last();
  await warning.getByText('Explain this warning').click();
  await warning.getByRole('button', { name: 'Save explanation' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter why the figures are right, or what is being done about them');
  await expectAccessible(page);

  await warning.getByLabel('Why are the figures right, or what is being done about them?').fill('The pack rounded 77.5% up; the return gives 77%.');
  await warning.getByRole('button', { name: 'Save explanation' }).click();
  const explained = page.getByRole('table', { name: 'Explained warnings' });
  await expect(explained.getByText('The pack rounded 77.5% up; the return gives 77%.')).toBeVisible();
  await expect(explained.getByText(/79 of 102 is 77\.5%, not 78%/)).toBeVisible();
  await expect(page.getByText('79 of 102 is 77.5%, not 78%', { exact: true })).toHaveCount(0);
  await expectAccessible(page);
});
