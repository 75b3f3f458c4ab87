import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';
import { TextInput } from './TextInput';

describe('Fieldset', () => {
  it('makes its legend the page heading when the question is the page’s only one', () => {
    render(
      <Fieldset legend="What is your address?" legendSize="l" isPageHeading>
        <input aria-label="Street" />
      </Fieldset>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'What is your address?' })).toHaveClass('govuk-fieldset__heading');
    expect(screen.getByRole('group', { name: 'What is your address?' }).querySelector('legend')).toHaveAttribute(
      'class',
      'govuk-fieldset__legend govuk-fieldset__legend--l',
    );
  });

  it('is otherwise a plain legend, with no heading', () => {
    render(
      <Fieldset legend="Status">
        <input aria-label="Final" />
      </Fieldset>,
    );
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('group', { name: 'Status' })).not.toHaveAttribute('aria-describedby');
  });
});

describe('Hint and ErrorMessage', () => {
  it('give the hint its class and the error a hidden "Error:" so screen readers say what the red text is', () => {
    render(
      <>
        <Hint id="h">For example 2024-03-31</Hint>
        <ErrorMessage id="e">Enter a date</ErrorMessage>
      </>,
    );
    expect(document.getElementById('h')).toHaveAttribute('class', 'govuk-hint');
    const error = document.getElementById('e')!;
    expect(error).toHaveClass('govuk-error-message');
    expect(error).toHaveTextContent('Error: Enter a date');
    expect(error.querySelector('.govuk-visually-hidden')).toHaveTextContent('Error:');
  });

  it('describe a text input, hint first, and mark its form group in error', () => {
    render(<TextInput id="date" label="Date of the update" hint="For example 2024-03-31" error="Enter a real date" />);
    const input = screen.getByLabelText('Date of the update');
    expect(input).toHaveAttribute('aria-describedby', 'date-hint date-error');
    expect(input).toHaveAccessibleDescription('For example 2024-03-31 Error: Enter a real date');
    expect(input).toHaveClass('govuk-input--error');
    expect(input.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
  });
});
