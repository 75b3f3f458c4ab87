import { defineConfig, devices } from '@playwright/test';
import { localUrl } from './server/defaultPorts.ts';

/**
 * Journeys in Debian's Chromium against the test stack that `make test` starts (scripts/stack.sh up test):
 * the built web client, the API, PostgreSQL and a real Keycloak. Playwright never downloads a browser here.
 */
export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: process.env.PROMISE_E2E_BASE_URL ?? localUrl('PROMISE_TEST_WEB_PORT'),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
