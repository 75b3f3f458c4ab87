// Screenshots of Promise pages: BASE, KC, WHO (user or 'visitor'), PAGES="name:/path,...", OUT dir.
import { chromium } from 'playwright';
const base = process.env.BASE ?? 'http://localhost:5173';
const who = process.env.WHO ?? 'visitor';
const out = process.env.OUT ?? '/tmp/shots';
const pages = (process.env.PAGES ?? 'home:/').split(',').map((p) => p.split(/:(.*)/s).slice(0, 2));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
const page = await context.newPage();
if (process.env.BLOCK_KC) await page.route('http://localhost:8180/**', (route) => route.abort('connectionrefused'));
await page.goto(base + '/');
if (who !== 'visitor') {
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.locator('#username').fill(who);
  await page.locator('#password').fill(who);
  await page.locator('#kc-login').click();
  await page.waitForURL(base + '/**');
  await page.waitForTimeout(1500);
}
for (const [name, path] of pages) {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    if (process.env.SUBMIT) {
      const button = page.getByRole('button', { name: process.env.SUBMIT });
      if (await button.count()) { await button.first().click(); await page.waitForTimeout(1200); }
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: `${out}/${who}-${name}-${width}.png`, fullPage: true });
    console.log(`${who} ${name} ${width}px overflow=${overflow}`);
  }
}
await browser.close();
