import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { API_URL, expect, signInOnKeycloak, test } from './fixtures';

const WALSALL = 'E08000030';
const FOSTERING = 'Fostering Service Annual Report 2022-2023';
const run = Date.now().toString(36);

/** The bearer token the web client sends once the officer has signed in, for the API calls the journey makes itself. */
async function tokenOf(page: Page) {
  const request = await page.waitForRequest((candidate) => candidate.url().includes('/api/v1/') && Boolean(candidate.headers()['authorization']));
  return request.headers()['authorization']!;
}

/**
 * The demo data's fostering report, public and published. Where the demo data has not loaded it yet, the officer
 * adds and publishes it through the API, so the public journey below has it to find.
 */
async function ensureFosteringReport(request: APIRequestContext, authorization: string) {
  const found = await request.get(`${API_URL}/api/v1/reports`, { params: { authority: WALSALL, q: 'fostering' } });
  expect(found.status()).toBe(200);
  if ((await found.json()).items.some((report: { title: string }) => report.title === FOSTERING)) return;
  const created = await request.post(`${API_URL}/api/v1/reports`, {
    headers: { Authorization: authorization },
    data: {
      authority: WALSALL,
      type: 'annual-fostering',
      title: FOSTERING,
      periodCovered: '2022-23',
      recommendations: ['That the Fostering Service Annual Report be noted'],
      visibility: 'public',
      sections: [
        {
          number: '1',
          heading: 'Purpose',
          blocks: [{ kind: 'paragraph', text: 'This report summarises the activity of the Fostering Service from 1st April 2022 to 31st March 2023.' }],
        },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const published = await request.post(`${API_URL}/api/v1/reports/${(await created.json()).id}/publish`, {
    headers: { Authorization: authorization, 'If-Match': created.headers()['etag']! },
    data: {},
  });
  expect(published.status()).toBe(200);
}

test('an officer drafts a performance pack, writes a commentary, freezes it as presented, opens the changes and downloads the PDF; the public finds the fostering report', async ({
  page,
  browser,
  request,
  expectAccessible,
}) => {
  // A long journey (two people, a pack drafted from the whole scorecard, a PDF made) on a shared, slow machine.
  test.setTimeout(150_000);
  const title = `Performance pack, 2022-23 (journey ${run})`;
  await page.goto(`/performance-packs?authority=${WALSALL}`);
  const authorization = tokenOf(page);
  await signInOnKeycloak(page, 'officer.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Performance packs');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Create a pack' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create a pack');
  await page.getByLabel('Period').fill('2022-23');
  await page.getByLabel(/^Title/).fill(title);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create pack' }).click();

  // The draft: the scorecard by priority with RAG in words, and a commentary field on each indicator.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('Pack created')).toBeVisible();
  await expect(page.getByRole('table', { name: /: the scorecard$/ }).first()).toBeVisible();
  await expectAccessible(page);
  const commentary = page.getByRole('textbox', { name: /^Commentary on / }).first();
  await commentary.fill(`Checked against the board papers (journey ${run}).`);
  await page.getByRole('button', { name: /^Save commentary on / }).first().click();
  await expect(page.getByText('Commentary saved.')).toBeVisible();

  // Frozen as presented to the board's meeting of 13 November 2023, under one of its agenda items.
  const meeting = page.getByLabel('Meeting it is presented to');
  const november = await meeting.locator('option', { hasText: '13 November 2023' }).first().getAttribute('value');
  await meeting.selectOption(november!);
  const item = page.getByLabel('Agenda item');
  await expect(item.locator('option').nth(1)).toBeAttached();
  await item.selectOption({ index: 1 });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Freeze as presented' }).click();
  await expect(page.getByText(/^Frozen on .*: this is the pack as the board saw it\.$/)).toBeVisible();
  await expect(page.locator('.app-sha')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByText(`Checked against the board papers (journey ${run}).`)).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  await page.getByRole('link', { name: 'What has changed since it was frozen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What has changed since' })).toBeVisible();
  await expect(page.getByText("Nothing has changed since the pack was frozen: today's figures are the ones the board saw.")).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download as PDF/ }).click();
  const pdf = await readFile((await (await download).path())!);
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

  // On a phone the packs list fits the screen: its table scrolls in its own region, which a keyboard can reach.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/performance-packs?authority=${WALSALL}`);
  await expect(page.getByRole('region', { name: 'Packs, newest first' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The public, signed out, searches the reports and reads the fostering report.
  await ensureFosteringReport(request, await authorization);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/reports');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Reports');
  await expectAccessible(visitor);
  await visitor.getByRole('searchbox', { name: 'Search reports' }).fill('fostering');
  await visitor.getByRole('button', { name: 'Search' }).click();
  await expect(visitor.getByRole('heading', { name: 'Reports matching “fostering”' })).toBeVisible();
  await expect(visitor.locator('mark').first()).toHaveText(/foster/i);
  await expectAccessible(visitor);
  await visitor.getByRole('link', { name: FOSTERING }).first().click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(FOSTERING);
  await expect(visitor.getByRole('link', { name: /^Download as PDF/ })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Sign out' })).toHaveCount(0);
  await expectAccessible(visitor);
});
