import { expect, signInOnKeycloak, test } from './fixtures';

test('an officer opens the scorecard, enters a value and sees the RAG and the scorecard change', async ({ page, expectAccessible }) => {
  await page.goto('/scorecard');
  await signInOnKeycloak(page, 'officer.walsall');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  await expect(page.getByRole('heading', { level: 2, name: 'Walsall, 2022-23' })).toBeVisible();
  const dental = page.getByRole('row', { name: /Annual dental checks/ });
  await expect(dental.locator('.govuk-tag', { hasText: 'Amber' })).toBeVisible();
  await dental.getByText('Why').click();
  await expect(dental.getByText('88% is below the target of 90% but within the 5-point tolerance')).toBeVisible();
  const stayingPut = page.getByRole('row', { name: /Care leavers aged 19 and 20 still living with their foster carers/ });
  await expect(stayingPut.locator('.govuk-tag', { hasText: 'Red' })).toBeVisible();
  await expect(stayingPut.getByText('Declining')).toBeVisible();
  // The pack's own words and the data check travel with the figure as a footnote, and lead back to it.
  const stayingPutNote = stayingPut.getByRole('link', { name: /^Note \d+$/ });
  await stayingPutNote.click();
  const footnote = page.locator(`[id="${(await stayingPutNote.getAttribute('href'))?.slice(1)}"]`);
  await expect(footnote).toContainText('14/49');
  await expect(footnote).toContainText('Data check: 14 of 49 is 28.6%, not 23%');
  await footnote.getByRole('link', { name: /^Back to the figure/ }).click();
  await expect(page).toHaveURL(/#scorecard-note-\d+-mark$/);
  await expectAccessible(page);

  await dental.getByRole('link', { name: 'Annual dental checks' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annual dental checks');
  await expect(page.getByRole('table', { name: 'The values in the chart' })).toContainText('43%');
  await expect(page.getByRole('img', { name: /Annual dental checks: values by period/ })).toBeVisible();
  await expect(page.getByText('In 2022-23')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Enter a value' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enter a value');
  // The form is for the figure the page showed, and opens with it.
  await expect(page.locator('.govuk-caption-l')).toHaveText('Annual dental checks, 2022-23');
  await expect(page.getByLabel(/^Value/)).toHaveValue('88');
  // A percentage over 100 is refused, with the GOV.UK error summary linking to the field.
  await page.getByLabel(/^Value/).fill('120');
  await page.getByRole('button', { name: 'Save value' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: 'Enter a percentage between 0 and 100' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Enter a value/);
  await expectAccessible(page);

  await page.getByLabel(/^Value/).fill('92');
  await page.getByLabel('Final').check();
  await page.getByRole('button', { name: 'Save value' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scorecard');
  await expect(page.getByText('Annual dental checks, 2022-23: 92% saved')).toBeVisible();
  const changed = page.getByRole('row', { name: /Annual dental checks/ });
  await expect(changed.locator('.govuk-tag', { hasText: 'Green' })).toBeVisible();
  await expect(changed.getByRole('cell', { name: '92%', exact: true })).toBeVisible();
  await expect(changed.getByText('Improving')).toBeVisible();
  await expectAccessible(page);
});

test('an officer checks a file before importing it', async ({ page, expectAccessible }) => {
  await page.goto('/import');
  await signInOnKeycloak(page, 'officer.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import figures');
  const csv = [
    'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,value,numerator,denominator,status',
    '202324,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,90,,,provisional',
    '202324,Financial year,Local authority,E08000027,Dudley,HLTH_ASSESS,90,,,provisional',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('table', { name: /1 problem: nothing was imported/ })).toContainText(
    'You can change only the data of your own authority, not of E08000027',
  );
  await expectAccessible(page);

  await page.getByLabel('CSV file').setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\n').slice(0, 2).join('\n')) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: 'The file is ready to import' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 1 rows' }).click();
  await expect(page.getByText('values.csv imported')).toBeVisible();
  await expect(page.getByText('1 new, 0 changed, 0 unchanged')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Targets').check();
  const targets = [
    'time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,target,tolerance,basis,pending_reason',
    '202324,Financial year,Local authority,E08000030,Walsall,HLTH_ASSESS,85,,Agreed by Black Country ICB,',
  ].join('\n');
  await page.getByLabel('CSV file').setInputFiles({ name: 'targets.csv', mimeType: 'text/csv', buffer: Buffer.from(targets) });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('definition').filter({ hasText: /^1$/ }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Import 1 rows' }).click();
  await expect(page.getByText('targets.csv imported')).toBeVisible();
  await expectAccessible(page);
});
