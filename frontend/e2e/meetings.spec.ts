import type { Locator, Page } from '@playwright/test';
import { expect, signInOnKeycloak, test } from './fixtures';

const WALSALL = 'E08000030';
const DAY = 24 * 60 * 60 * 1000;

/** A date in the 2010s of its own for each run, so that the meetings it adds never meet an earlier run's. */
const runDay = new Date(Date.UTC(2010, 0, 4) + (Math.floor(Date.now() / 1000) % 3000) * DAY);
/** Types a date into a GOV.UK date input's three boxes, as a person would. */
async function fillDate(group: Locator, date: Date) {
  await group.getByLabel('Day').fill(String(date.getUTCDate()));
  await group.getByLabel('Month').fill(String(date.getUTCMonth() + 1));
  await group.getByLabel('Year').fill(String(date.getUTCFullYear()));
}
const spoken = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
const run = Date.now().toString(36);

const first = { date: runDay, title: `Corporate Parenting Board (journey ${run})` };
const later = { date: new Date(runDay.getTime() + 28 * DAY), title: `Corporate Parenting Board (journey ${run}, approval)` };
const actionText = `The number of care leavers at university to be shared with Board Members (journey ${run})`;
const minuteText = `In response to a question the Head of the Virtual School confirmed that there were around 20 care leavers at university (journey ${run}).`;

/** Adds a held meeting of Walsall's board through the form, and returns its page's address. */
async function addMeeting(page: Page, meeting: { date: Date; title: string }, expectAccessible: (page: Page) => Promise<void>) {
  await page.goto(`/meetings?authority=${WALSALL}`);
  await page.getByRole('link', { name: 'Add a meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a meeting');
  await page.getByLabel('Title').fill(meeting.title);
  const date = page.getByRole('group', { name: 'Date', exact: true });
  await fillDate(date, meeting.date);
  await page.getByLabel(/^Start time/).fill('18:30');
  await page.getByLabel(/^Venue/).fill('Conference room 2, Walsall Council House');
  await page.getByLabel('Held', { exact: true }).check();
  // A date without its year is refused in GOV.UK's words, the year's box marked, before the meeting is added.
  await date.getByLabel('Year').fill('');
  await page.getByRole('button', { name: 'Add meeting' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: 'Date must include a year' })).toBeVisible();
  await expectAccessible(page);
  await summary.getByRole('link', { name: 'Date must include a year' }).click();
  await expect(date.getByLabel('Year')).toBeFocused();
  await page.keyboard.type(String(meeting.date.getUTCFullYear()));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${meeting.title}, ${spoken(meeting.date)}`);
  await expect(page.getByText('Meeting added')).toBeVisible();
  return new URL(page.url()).pathname;
}

async function addAgendaItem(page: Page, title: string) {
  await page.getByRole('link', { name: 'Add an agenda item' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3, name: new RegExp(`^1\\. ${title}$`) })).toBeVisible();
}

test('an officer records a meeting and a resolution that creates an action; a board member tracks it; the public reads the minutes once approved', async ({
  page,
  browser,
  expectAccessible,
}) => {
  // Two meetings, each through its form's error and its fix, a resolution, minutes, approval and two readers: the
  // longest journey, past the default minute on a busy machine.
  test.setTimeout(180_000);
  // The officer signs in on the way to the calendar's form.
  await page.goto(`/meetings/new?authority=${WALSALL}`);
  await signInOnKeycloak(page, 'officer.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a meeting');

  const firstMeeting = await addMeeting(page, first, expectAccessible);
  await addAgendaItem(page, 'Quarterly Performance Report');
  await expectAccessible(page);

  // Attendance starts from the board's members: the second sends apologies and a substitute takes their place.
  await page.getByRole('link', { name: 'Record attendance' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record attendance');
  const absent = page.getByRole('group', { name: /^Person 2/ });
  const absentName = await absent.getByLabel('Name').inputValue();
  await absent.getByLabel('Present?').selectOption('apologies');
  await page.getByRole('button', { name: 'Add another person' }).click();
  const substitute = page.getByRole('group', { name: /^Person \d+$/ });
  await substitute.getByLabel('Name').fill('Councillor A. Nawaz');
  const row = page.getByRole('group', { name: /: Councillor A\. Nawaz$/ });
  await row.getByLabel('Attended as').selectOption('substitute');
  await row.getByLabel('Substituted for').fill(absentName);
  await row.getByLabel('Has a vote').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByText('Attendance recorded')).toBeVisible();
  const attendance = page.getByRole('region', { name: 'Attendance' });
  await expect(attendance.getByText(`Councillor A. Nawaz substituted for ${absentName}`)).toBeVisible();
  await expect(attendance.getByRole('heading', { name: 'Apologies' })).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Quorum' })).toContainText(/[Qq]uorate|quorum/);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Draft the minute of item 1' }).click();
  await page.getByLabel('Minute', { exact: true }).fill(minuteText);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save minute' }).click();
  await expect(page.getByText(minuteText)).toBeVisible();

  await page.getByRole('link', { name: 'Add a resolution to item 1' }).click();
  await page.getByLabel('Resolved that').fill('The number of care leavers at university will be shared with Board Members once available.');
  await page.getByRole('button', { name: 'Add an action arising' }).click();
  const action = page.getByRole('group', { name: 'Action 1' });
  await action.getByLabel('What is to be done').fill(actionText);
  await action.getByLabel('Who will do it').fill('Head of the Virtual School');
  await fillDate(action.getByRole('group', { name: 'Due by' }), new Date(first.date.getTime() + 14 * DAY));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save resolution' }).click();
  await expect(page.getByText('Resolution added to item 1')).toBeVisible();
  const minutes = page.getByRole('region', { name: 'Minutes' });
  await expect(minutes.getByText('Resolved that:')).toBeVisible();
  await expect(minutes.getByRole('link', { name: actionText })).toBeVisible();
  await expectAccessible(page);

  // Until a later meeting approves them, the public sees that the minutes are not yet approved, and nothing of them.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(firstMeeting);
  await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(`${first.title}, ${spoken(first.date)}`);
  await expect(publicPage.getByText(/Minutes not yet approved/)).toBeVisible();
  await expect(publicPage.getByText(minuteText)).toHaveCount(0);
  await expectAccessible(publicPage);
  await visitor.close();

  // The next meeting approves them.
  await addMeeting(page, later, expectAccessible);
  await addAgendaItem(page, 'Minutes');
  await page.getByRole('link', { name: 'Add a resolution to item 1' }).click();
  await page.getByLabel('Approves the minutes of an earlier meeting').check();
  await page.getByLabel('Minutes of the meeting approved').selectOption({ label: `${spoken(first.date)}: ${first.title}` });
  await page.getByLabel('Resolved that').fill(`That the minutes of the meeting held on ${spoken(first.date)} be approved as a correct record.`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save resolution' }).click();
  await expect(page.getByText('Resolution added to item 1')).toBeVisible();
  await page.goto(firstMeeting);
  await expect(page.locator('.govuk-summary-list__row', { hasText: 'Status' })).toContainText('Minutes approved');

  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);

  // A board member finds the action on the tracker: open, and late, since its due date has passed.
  await page.goto('/actions-arising');
  await page.getByRole('link', { name: 'Sign in' }).click();
  await signInOnKeycloak(page, 'member.walsall');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Actions arising');
  const tracked = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: actionText }) });
  await expect(tracked.getByText('Open', { exact: true })).toBeVisible();
  await expect(tracked.getByText('Late', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await tracked.getByRole('link', { name: actionText }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(actionText);
  await expect(page.getByRole('button', { name: 'Save action' })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signed-out$/);

  // Signed out, anyone reads the approved minutes, the resolution and its action.
  await page.goto(`/meetings?authority=${WALSALL}`);
  await expect(page.getByRole('link', { name: first.title })).toBeVisible();
  await expectAccessible(page);
  await page.goto(firstMeeting);
  await expect(page.getByText(minuteText)).toBeVisible();
  await expect(page.getByText('Resolved that:')).toBeVisible();
  await expect(page.getByRole('link', { name: actionText })).toBeVisible();
  await expect(page.getByText(`Councillor A. Nawaz substituted for ${absentName}`)).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);

  await page.goto(`/work-programme?authority=${WALSALL}&year=2023`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Work programme');
  await expectAccessible(page);
});
