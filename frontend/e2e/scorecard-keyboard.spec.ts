import { expect, signInOnKeycloak, test } from './fixtures';
import type { Page } from '@playwright/test';

/** GOV.UK's focus style: a link or a control with focus turns yellow (the focus colour, #ffdd00). */
const FOCUS_YELLOW = 'rgb(255, 221, 0)';

/** What has focus: its text, whether GOV.UK's focus style shows on it, and whether it is inside a chart. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      text: element?.textContent?.trim() ?? '',
      background: element ? getComputedStyle(element).backgroundColor : '',
      inChart: Boolean(element?.closest('[role="img"], svg')),
    };
  });

/**
 * Presses Tab, and nothing else, until the element with focus has `text`; fails after `limit` presses. Every stop
 * on the way is checked: nothing in a chart ever takes focus.
 */
async function tabTo(page: Page, text: string | RegExp, limit = 150) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.inChart, `focus went into a chart at "${now.text}"`).toBe(false);
    if (typeof text === 'string' ? now.text === text : text.test(now.text)) return now;
  }
  throw new Error(`Tab never reached "${text}" in ${limit} presses`);
}

test('a board member goes from the scorecard to an indicator that needs attention with the keyboard alone', async ({ page, expectAccessible }) => {
  await page.goto('/scorecard');
  await signInOnKeycloak(page, 'member.walsall');
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall, 2022-23' })).toBeVisible();
  // The summary line counts every indicator on the card by its RAG.
  await expect(page.locator('.app-scorecard-summary')).toHaveText(/^\d+ indicators: \d+ red, \d+ amber, \d+ green/);
  await expectAccessible(page);

  const attention = await tabTo(page, /^Needs attention \(\d+\)$/);
  expect(attention.background, 'focus is visible on the needs-attention link').toBe(FOCUS_YELLOW);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]show=attention/);
  const table = page.getByRole('table', { name: /^Needs attention: \d+ red/ });
  await expect(table).toBeVisible();
  // Red comes first: the pack's staying-put figure is red and declining.
  await expect(table.getByRole('row').nth(1)).toContainText('Red');
  await expectAccessible(page);

  const indicator = 'Care leavers aged 19 and 20 still living with their foster carers (staying put)';
  const link = await tabTo(page, indicator);
  expect(link.background, 'focus is visible on the indicator link').toBe(FOCUS_YELLOW);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(indicator);
  // The chart is one image with a summary, beside the table of its values; Tab passes it by.
  await expect(page.getByRole('img', { name: new RegExp(`^${indicator.replace(/[()]/g, '\\$&')}: values by period\\. Walsall`) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'The values in the chart' })).toBeVisible();
  await expectAccessible(page);

  const back = await tabTo(page, 'Back to the scorecard');
  expect(back.background, 'focus is visible on the way back').toBe(FOCUS_YELLOW);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
});
