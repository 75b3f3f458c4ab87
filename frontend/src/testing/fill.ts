import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts text into a field as a paste after the text already there: typing letter by letter renders the whole form
 * again for each letter, too slow for the longer forms on a busy machine.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Types an ISO date ("2024-02-12") into a GOV.UK date input's day, month and year boxes, found within `group`. */
export async function fillDate(user: UserEvent, group: HTMLElement, isoDate: string) {
  const [year, month, day] = isoDate.split('-');
  const box = (name: string) => group.querySelector<HTMLInputElement>(`input[id$="-${name}"]`)!;
  await fill(user, box('day'), String(Number(day)));
  await fill(user, box('month'), String(Number(month)));
  await fill(user, box('year'), year!);
}
