import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Snippet, snippetParts } from './Snippet';

describe('snippetParts', () => {
  it('marks the words between the mark tags and undoes the escapes elsewhere', () => {
    expect(snippetParts('Children &amp; young people in <mark>foster</mark> care &lt;Walsall&gt;')).toEqual([
      { text: 'Children & young people in ', marked: false },
      { text: 'foster', marked: true },
      { text: ' care <Walsall>', marked: false },
    ]);
  });

  it('keeps anything else that looks like a tag as text', () => {
    expect(snippetParts('<mark>a</mark><img src=x onerror=alert(1)>')).toEqual([
      { text: 'a', marked: true },
      { text: '<img src=x onerror=alert(1)>', marked: false },
    ]);
  });
});

describe('Snippet', () => {
  it('highlights the matched words and never renders markup from the snippet', () => {
    const { container } = render(<Snippet snippet={'The <mark>fostering</mark> &lt;script&gt;alert(1)&lt;/script&gt; service'} />);
    expect(screen.getByText('fostering').tagName).toBe('MARK');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('The fostering <script>alert(1)</script> service');
  });
});
