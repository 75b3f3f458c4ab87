import { chromium } from '@playwright/test';
const WEB = 'http://localhost:5173';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
async function session(user, width) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 } });
  const page = await context.newPage();
  if (user) {
    await page.goto(WEB + '/scorecard');
    await page.waitForURL(/realms\/promise/);
    await page.fill('#username', user);
    await page.fill('#password', user);
    await page.click('#kc-login');
    await page.waitForURL(new RegExp('^' + WEB));
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  return { context, page };
}
const shots = [
  ['member.walsall', '/', 'home-member'],
  ['officer.walsall', '/', 'home-officer'],
  ['analyst', '/', 'home-analyst'],
  [null, '/', 'home-visitor'],
  ['member.walsall', '/scorecard?show=attention', 'scorecard-attention'],
  ['member.walsall', '/indicators/CL_STAYPUT_1920?area=E08000030&period=2022-23', 'indicator'],
  [null, '/reports?q=fostering', 'reports'],
  ['officer.walsall', '/performance-packs', 'packs'],
];
for (const width of [1366, 390]) {
  for (const [user, path, name] of shots) {
    const { context, page } = await session(user, width);
    await page.goto(WEB + path);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    console.log(name, width, 'h1:', await page.getByRole('heading', { level: 1 }).first().textContent(), 'overflow:', overflow);
    await context.close();
  }
}
await browser.close();
