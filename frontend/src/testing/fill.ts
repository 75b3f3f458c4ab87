import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts text into a field as a paste after the text already there: typing letter by letter renders the whole form
 * again for each letter, too slow for the longer forms on a busy machine.
 */
export async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
