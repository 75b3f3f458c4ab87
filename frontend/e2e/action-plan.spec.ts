import { expect, signInOnKeycloak, test } from './fixtures';

test('an officer marks an item at risk, the plan shows it, and a board member reads it', async ({ page, expectAccessible }) => {
  await page.goto('/action-plans');
  await signInOnKeycloak(page, 'officer.walsall');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Action plan');
  await expect(page.getByRole('heading', { level: 2, name: 'Corporate Parenting Strategy - Our Action Plan 2023-24' })).toBeVisible();
  await expect(page.getByText(/^18 items: 18 not started\./)).toBeVisible();
  await expectAccessible(page);

  // The overdue filter, before: item b is overdue and not started.
  await page.getByLabel('Only overdue items').check();
  await page.getByRole('button', { name: 'Show items' }).click();
  await expect(page.getByText(/of 18 items match/)).toBeVisible();
  const overdueItemB = page.getByRole('listitem').filter({ hasText: /^b\. Support and enable more children/ });
  await expect(overdueItemB.getByText('Not started')).toBeVisible();
  await expect(overdueItemB.getByText('Overdue')).toBeVisible();
  await expectAccessible(page);

  await overdueItemB.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Support and enable more children and young people to remain with their foster carers post 18 years of age.',
  );
  await expect(page.getByText('2022-23 item b', { exact: true })).toBeVisible();
  await expect(page.getByText(/The Staying Put Policy was revised in 2021/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('At risk').check();
  await page.getByLabel('What has happened').fill('The revised financial offer for staying put is waiting for the budget to be agreed.');
  await page.getByRole('button', { name: 'Save update' }).click();
  await expect(page.getByText('Update saved: the item is now at risk')).toBeVisible();
  await expect(page.getByText('The revised financial offer for staying put is waiting for the budget to be agreed.')).toBeVisible();
  await expectAccessible(page);

  // The plan and its overdue filter, after: b is still overdue, now at risk.
  await page.getByRole('link', { name: 'Back to the 2023-24 plan' }).click();
  await expect(page.getByText(/^18 items: 17 not started, 1 at risk\./)).toBeVisible();
  await page.getByLabel('Status').selectOption('at-risk');
  await page.getByLabel('Only overdue items').check();
  await page.getByRole('button', { name: 'Show items' }).click();
  await expect(page.getByText('1 of 18 items match.')).toBeVisible();
  const atRisk = page.getByRole('listitem').filter({ hasText: /^b\. Support and enable more children/ });
  await expect(atRisk.getByText('At risk')).toBeVisible();
  await expect(atRisk.getByText('Overdue')).toBeVisible();
  await expectAccessible(page);

  // The board pack table and the carry-forward preview.
  await page.getByLabel('Show as the board pack table').check();
  await page.getByRole('button', { name: 'Show items' }).click();
  await expect(page.getByRole('columnheader', { name: 'Who will do it / when' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /Carry unfinished items into 2024-25/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carry unfinished items from 2023-24 into 2024-25');
  await expect(page.getByRole('button', { name: 'Carry 18 items forward' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);

  await page.goto('/action-plans');
  await signInOnKeycloak(page, 'member.walsall');
  await page.getByRole('link', { name: /^b\. Support and enable more children/ }).click();
  await expect(page.getByText('The revised financial offer for staying put is waiting for the budget to be agreed.')).toBeVisible();
  await expect(page.getByText('officer.walsall', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save update' })).toHaveCount(0);
  await page.getByLabel('Ask the officers a question').fill('When will the budget be agreed?');
  await page.getByRole('button', { name: 'Ask question' }).click();
  await expect(page.getByText('When will the budget be agreed?', { exact: true })).toBeVisible();
  await expect(page.getByText('Not answered yet.')).toBeVisible();
  await expectAccessible(page);
});

test('anyone reads the strategy and "You said, we did" without signing in', async ({ page, expectAccessible }) => {
  await page.goto('/you-said-we-did?authority=E08000030');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You said, we did');
  await expect(page.getByRole('heading', { level: 2, name: /Help us to understand what our carers can agree to/ })).toBeVisible();
  await expect(page.getByText('Develop child friendly version of the delegated authority form.')).toBeVisible();
  await expectAccessible(page);

  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByRole('heading', { level: 2, name: /Talk to us in a way that doesn't make us feel different/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/strategy?authority=E08000030');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corporate Parenting Strategy 2022-2025');
  await expect(page.getByText('We promise to pay for your council tax, even if you live outside of Walsall Council.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The seven corporate parenting principles' })).toBeVisible();
  await expectAccessible(page);
});

test('anyone reads the public scorecard without signing in, with small numbers withheld', async ({ page, expectAccessible }) => {
  await page.goto('/public/scorecard?area=E08000030');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public scorecard');
  // The newest year with figures, rather than one that has only targets so far.
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall, 2022-23' })).toBeVisible();
  await expect(page.getByText(/numbers from 1 to 5, and figures that would reveal them, are shown as/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign out' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Care leavers aged 19 to 21 in education, employment or training/ })).toContainText('54%');
  // Four young people trained as Total Respect trainers: a count from 1 to 5, so withheld.
  const trainers = page.getByRole('row', { name: /Young people trained to deliver Total Respect training/ });
  // innerText: the card's column label, shown only on a phone, is not part of the cell's reading on a laptop.
  await expect(trainers.getByRole('cell').first()).toHaveText('c (confidential)', { useInnerText: true });
  await expectAccessible(page);

  await page.getByLabel('Year').selectOption('2021-22');
  await page.getByRole('button', { name: 'Show scorecard' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall, 2021-22' })).toBeVisible();
  await expectAccessible(page);
});
