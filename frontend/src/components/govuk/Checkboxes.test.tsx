import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Checkboxes } from './Checkboxes';

describe('Checkboxes', () => {
  it('asks its question in a fieldset described by its hint and then its error, each box named by its label', () => {
    render(
      <Checkboxes
        name="priorities"
        legend="Which priorities?"
        hint="Select all that apply"
        error="Select at least one priority"
        items={[
          { value: 'leadership', text: 'Leadership', hint: 'Members and officers' },
          { value: 'health', text: 'Health' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Which priorities?' });
    expect(group).toHaveAttribute('aria-describedby', 'priorities-hint priorities-error');
    expect(group).toHaveAccessibleDescription('Select all that apply Error: Select at least one priority');
    expect(group.parentElement).toHaveClass('govuk-form-group', 'govuk-form-group--error');
    expect(document.getElementById('priorities-error')).toHaveClass('govuk-error-message');

    const first = screen.getByLabelText('Leadership');
    // The first box has the question's id, so that the error summary's link lands on it.
    expect(first).toHaveAttribute('id', 'priorities');
    expect(first).toHaveAttribute('name', 'priorities');
    expect(first).toHaveAccessibleDescription('Members and officers');
    expect(screen.getByLabelText('Health')).toHaveAttribute('id', 'priorities-2');
  });

  it('without a legend, sets out boxes of their own names with no fieldset', () => {
    render(
      <Checkboxes
        name="options"
        small
        className="govuk-!-margin-bottom-4"
        items={[
          { id: 'overdue', name: 'overdue', value: 'true', text: 'Only overdue items', defaultChecked: true },
          { id: 'view', name: 'view', value: 'table', text: 'Show as the board pack table' },
        ]}
      />,
    );
    expect(screen.queryByRole('group')).toBeNull();
    const overdue = screen.getByRole('checkbox', { name: 'Only overdue items' });
    expect(overdue).toBeChecked();
    expect(overdue).toHaveAttribute('name', 'overdue');
    expect(overdue).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('checkbox', { name: 'Show as the board pack table' })).not.toBeChecked();
    expect(overdue.closest('.govuk-checkboxes')).toHaveClass('govuk-checkboxes--small');
    expect(overdue.closest('.govuk-form-group')).toHaveClass('govuk-!-margin-bottom-4');
  });
});
