import { afterEach, describe, expect, it } from 'vitest';
import { inPageOrder } from './ErrorSummary';

describe('inPageOrder', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists the errors in the order their fields come on the form, those without a field last', () => {
    document.body.innerHTML = '<input id="title"><div id="date-day"></div><input id="closeTime">';
    const items = [
      { text: 'A meeting closes after it starts', href: '#closeTime' },
      { text: 'The request is not valid' },
      { text: 'Date must be a real date', href: '#date-day' },
      { text: 'Enter the title', href: '#title' },
      { text: 'Somewhere not on this page', href: '#elsewhere' },
    ];

    expect(inPageOrder(items).map((item) => item.text)).toEqual([
      'Enter the title',
      'Date must be a real date',
      'A meeting closes after it starts',
      'The request is not valid',
      'Somewhere not on this page',
    ]);
  });
});
