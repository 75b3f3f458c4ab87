import { expect, signInOnKeycloak, test } from './fixtures';

/** "4 red, 6 amber, 6 green and 30 without a RAG rating" as numbers. */
function ragCounts(text: string) {
  const match = /(\d+) red, (\d+) amber, (\d+) green and (\d+) without a RAG rating/.exec(text);
  expect(match, `a RAG summary in "${text}"`).not.toBeNull();
  const [, red, amber, green, none] = match!.map(Number);
  return { red, amber, green, none };
}

test('a board member’s first page says what needs attention, and its counts agree with the scorecard and the plan', async ({ page, expectAccessible }) => {
  await page.goto('/scorecard');
  await signInOnKeycloak(page, 'member.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  await page.getByRole('link', { name: 'Home', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What needs attention');
  await expect(page.getByText(/^As at \d{1,2} [A-Z][a-z]+ \d{4}\. The scorecard is for \d{4}-\d{2}/)).toBeVisible();
  // A board member acts on questions and actions; the figures and the data checks are the officers'.
  await expect(page.getByRole('heading', { level: 2, name: /^Board questions waiting for an answer/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Open actions from the board/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Figures due/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^Data warnings/ })).toHaveCount(0);
  await expectAccessible(page);

  const counts = ragCounts((await page.getByTestId('rag-summary').textContent()) ?? '');
  const attention = await page.getByRole('list', { name: 'Red and amber indicators' }).getByRole('link').allTextContents();
  expect(attention).toHaveLength(counts.red + counts.amber);

  // The scorecard the summary links to has as many red and as many amber rows, and the same names.
  await page.getByRole('link', { name: 'See the whole scorecard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  const rows = page.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(rows.filter({ has: page.locator('.govuk-tag', { hasText: /^✕ Red$/ }) })).toHaveCount(counts.red);
  await expect(rows.filter({ has: page.locator('.govuk-tag', { hasText: /^! Amber$/ }) })).toHaveCount(counts.amber);
  await expect(rows.filter({ has: page.locator('.govuk-tag', { hasText: /^✓ Green$/ }) })).toHaveCount(counts.green);
  for (const name of attention) await expect(page.getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first()).toBeVisible();

  // Each plan's overdue count on the first page is the plan's own.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What needs attention');
  const overdueHeading = (await page.getByRole('heading', { level: 2, name: /^Overdue action plan items/ }).textContent()) ?? '';
  const overdue = Number(/\((\d+)\)/.exec(overdueHeading)?.[1]);
  const planLinks = page.getByRole('link', { name: /^See the \d+ overdue items? in the \d{4}-\d{2} plan$/ });
  const perPlan = await planLinks.allTextContents();
  expect(perPlan.reduce((sum, text) => sum + Number(/(\d+) overdue/.exec(text)?.[1]), 0)).toBe(overdue);
  for (const text of perPlan) {
    await page.getByRole('link', { name: text }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
    await expect(page.getByText(`${/(\d+) overdue/.exec(text)?.[1]} overdue.`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What needs attention');
  }
});

test('an officer’s first page adds the figures due and the data warnings, each with a way to act', async ({ page, expectAccessible }) => {
  await page.goto('/scorecard');
  await signInOnKeycloak(page, 'officer.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What needs attention');
  await expect(page.getByRole('heading', { level: 2, name: /^Figures due by/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Data warnings/ })).toBeVisible();
  await expectAccessible(page);
  // On a phone its wide tables scroll in their own boxes, hidden words in their cells included; the page does not.
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('link', { name: 'Check the data' }).click();
  await expect(page).toHaveURL(/\/data-checks\?authority=E08000030$/);
});

test.describe('a visitor', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('lands on the public front door, never a sign-in page, and every public page works at 375 px', async ({ page, expectAccessible }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Promise');
    await expect(page).toHaveURL(/\/$/);
    // The front door opens on a council with something to show: demo data has Walsall's promise and its scorecard.
    await expect(page.getByRole('heading', { level: 2, name: 'Walsall' })).toBeVisible();
    await expect(page.getByTestId('public-rag-summary')).toContainText(/\d+ red, \d+ amber, \d+ green and \d+ without a RAG rating/);
    await expect(page.getByRole('link', { name: 'Promise', exact: true })).toHaveAttribute('href', '/');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    const pages: { link: RegExp; heading: RegExp | string }[] = [
      { link: /^See the public scorecard$/, heading: 'Public scorecard' },
      { link: /promise to children in care/, heading: /.+/ },
      { link: /^What children and young people told the board/, heading: /.+/ },
      { link: /^See all meetings/, heading: /.+/ },
    ];
    for (const { link, heading } of pages) {
      await page.goto('/');
      await page.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The choice of council is in the address, so the page can be shared.
      await expect(page).toHaveURL(/[?&](authority|area)=E08000030/);
      await expect(page.getByText(/Taking you to the sign-in page/)).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
    }

    // Another council in the address is the one shown.
    await page.goto('/?authority=E08000027');
    await expect(page.getByRole('heading', { level: 2, name: 'Dudley' })).toBeVisible();
    await expectAccessible(page);
  });
});

/** The page fits a phone: nothing makes the page itself scroll sideways (a wide table scrolls in its own box). */
async function expectNoSidewaysScroll(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scroll on ${page.url()}`).toBeLessThanOrEqual(0);
}
