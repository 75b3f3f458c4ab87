import { expect, signInOnKeycloak, test } from './fixtures';

// Issue 14, points 6 to 9: printing, the footer's pages, focus after a move, the audit history and the histories,
// and forms their reader cannot use. Assumes the demo data: Walsall's scorecard opens on 2022-23 with annual dental
// checks amber (88% against 90%), and its action plan on 2023-24.

test('a board member prints the scorecard and the action plan: the content alone, named, with its date and reasons', async ({ page, expectAccessible }) => {
  await page.goto('/scorecard');
  await signInOnKeycloak(page, 'member.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  const reason = page.getByText('88% is below the target of 90% but within the 5-point tolerance');
  await expect(page.getByText(/^Walsall, scorecard for 2022-23, as at \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeHidden();
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Walsall, scorecard for 2022-23, as at \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
  await expect(reason).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByLabel('Authority')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/action-plans?view=table');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
  await expect(page.getByRole('columnheader', { name: 'Who will do it / when' })).toBeVisible();
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Walsall, action plan 2023-24, as at \d{1,2} [A-Z][a-z]+ \d{4}$/)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Who will do it / when' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip table' })).toBeHidden();
  await expect(page.getByLabel('Status')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  // GOV.UK prints a link's address after it, " (/action-items/12)"; Promise prints the words alone.
  const printedAddresses = await page.evaluate(() =>
    Array.from(document.querySelectorAll('a[href]'), (a) => getComputedStyle(a, '::after').content).filter((content) => /\((\/|http)/.test(content)),
  );
  expect(printedAddresses).toEqual([]);
});

test('a visitor reads the accessibility statement, the privacy notice, the cookies page and the API reference from the footer', async ({ page, expectAccessible }) => {
  await page.goto('/meetings');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement for Promise');
  // Focus is at the top of the new page, on a line naming it: the next Tab reaches the skip link.
  await expect(page.locator('.app-page-announcer')).toBeFocused();
  await expect(page.locator('.app-page-announcer')).toHaveText('Accessibility statement – Promise');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expectAccessible(page);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy notice');
  await expectAccessible(page);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookies' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cookies');
  await expect(page.getByText(/Promise itself sets no cookies/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cookies the sign-in service sets' })).toContainText('KEYCLOAK_IDENTITY');
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);

  // The API reference is the API's own page (Swagger UI on openapi.yaml), not a route of the web client; it works
  // under the page's policy, which refuses every inline script.
  await page.setViewportSize({ width: 1280, height: 800 });
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.getByRole('contentinfo').getByRole('link', { name: 'API reference' }).click();
  await expect(page).toHaveURL(/\/api\/v1\/docs$/);
  await expect(page.getByRole('heading', { name: /^Promise API/ })).toBeVisible();
  await expect(page.getByText('KPIs for partner systems and analysts')).toBeVisible();
  expect(blocked).toEqual([]);
});

test('a board member reads a value’s history and is told at once that entering values is for officers', async ({ page, expectAccessible }) => {
  await page.goto('/indicators/HLTH_DENTAL?area=E08000030&period=2022-23');
  await signInOnKeycloak(page, 'member.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annual dental checks');
  await page.getByText('History of the value for 2022-23').click();
  await expect(page.getByText(/No changes to this value have been recorded|^(Added|Changed|Removed) by /).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/indicators/HLTH_DENTAL/value?area=E08000030&period=2022-23');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter a value');
  await expect(page.getByText(/Only the council’s officers and administrators enter its figures/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save value' })).toHaveCount(0);
  await expectAccessible(page);
});

test('an administrator reads the audit history, and can skip its table', async ({ page, expectAccessible }) => {
  await page.goto('/audit');
  await signInOnKeycloak(page, 'admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit history');
  await expect(page.getByRole('combobox', { name: 'Kind of record' })).toBeVisible();
  await expect(page.getByText(/Changes, newest first|No changes have been recorded/).first()).toBeAttached();
  await expectAccessible(page);
  await page.getByRole('combobox', { name: 'Kind of record' }).selectOption('indicator-value');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/kind=indicator-value/);
  await expectAccessible(page);
});
