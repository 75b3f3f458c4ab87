import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DateInput } from './DateInput';

function Form({ initial = '', error }: { initial?: string; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateInput id="decidedOn" legend="Date of the decision" name="Date of the decision" error={error} value={value} onChange={setValue} />
      <output data-testid="held">{value}</output>
    </>
  );
}

describe('DateInput', () => {
  it('asks for day, month and year in one group named by its question, and holds the ISO date', async () => {
    render(<Form />);
    const group = screen.getByRole('group', { name: 'Date of the decision' });
    expect(group).toHaveAttribute('aria-describedby', 'decidedOn-hint');
    await userEvent.type(screen.getByLabelText('Day'), '3');
    await userEvent.type(screen.getByLabelText('Month'), '11');
    await userEvent.type(screen.getByLabelText('Year'), '2023');
    expect(screen.getByTestId('held')).toHaveTextContent('2023-11-03');
    expect(screen.getByLabelText('Day')).toHaveValue('3');
  });

  it('shows a saved date in its boxes', () => {
    render(<Form initial="2024-01-09" />);
    expect(screen.getByLabelText('Day')).toHaveValue('9');
    expect(screen.getByLabelText('Month')).toHaveValue('1');
    expect(screen.getByLabelText('Year')).toHaveValue('2024');
  });

  it('marks only the box at fault when the date is incomplete, and all three when the API refused a real date', () => {
    const { unmount } = render(<Form initial="2023--13" error="Date of the decision must include a month" />);
    expect(screen.getByLabelText('Month')).toHaveClass('govuk-input--error');
    expect(screen.getByLabelText('Day')).not.toHaveClass('govuk-input--error');
    expect(screen.getByRole('group')).toHaveAttribute('aria-describedby', 'decidedOn-hint decidedOn-error');
    unmount();
    render(<Form initial="2099-01-01" error="It must not be in the future" />);
    for (const box of ['Day', 'Month', 'Year']) expect(screen.getByLabelText(box)).toHaveClass('govuk-input--error');
  });
});
