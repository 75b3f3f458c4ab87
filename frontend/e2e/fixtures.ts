import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { localUrl } from '../server/defaultPorts.ts';

export const KEYCLOAK_URL = process.env.PROMISE_E2E_KEYCLOAK_URL ?? localUrl('PROMISE_TEST_KEYCLOAK_PORT');
export const API_URL = process.env.PROMISE_E2E_API_URL ?? localUrl('PROMISE_TEST_API_PORT');

/** The tags GOV.UK Frontend's own accessibility tests use: WCAG 2.2 AA and its predecessors. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Collects what the browser refused under the Content-Security-Policy, from the page and its frames (the silent
 * sign-in check's iframe among them). A journey fails on any: the policy must never break the app.
 */
export function watchForCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

export const test = base.extend<{ expectAccessible: (page: Page) => Promise<void>; cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations = watchForCspViolations(page);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  expectAccessible: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
    });
  },
});

export { expect };

/** Signs in on Keycloak's own sign-in page, as a person would. */
export async function signInOnKeycloak(page: Page, userName: string, password = userName) {
  await expect(page).toHaveURL(new RegExp(`^${KEYCLOAK_URL}/realms/promise/protocol/openid-connect/auth`));
  await page.getByLabel(/username or email/i).fill(userName);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
}
