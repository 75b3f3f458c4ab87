import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Select } from './Select';

describe('Select', () => {
  it('shows its default once the options arrive after it first renders', () => {
    const { rerender } = render(<Select id="area" label="Council" defaultValue="E08000030" options={[]} />);
    rerender(
      <Select
        id="area"
        label="Council"
        defaultValue="E08000030"
        options={[
          { value: 'E08000027', text: 'Dudley' },
          { value: 'E08000030', text: 'Walsall' },
        ]}
      />,
    );
    expect(screen.getByLabelText('Council')).toHaveValue('E08000030');
  });
});
