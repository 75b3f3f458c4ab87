import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { Button, ButtonGroup, ButtonLink } from './Button';

describe('Button', () => {
  it('is a primary submit button unless told otherwise, as GOV.UK Frontend’s is', () => {
    render(<Button>Save value</Button>);
    const button = screen.getByRole('button', { name: 'Save value' });
    expect(button).toHaveAttribute('type', 'submit');
    expect(button).toHaveAttribute('class', 'govuk-button');
    expect(button).toHaveAttribute('data-module', 'govuk-button');
    expect(button).not.toHaveAttribute('data-prevent-double-click');
  });

  it.each([
    ['secondary', 'govuk-button govuk-button--secondary'],
    ['warning', 'govuk-button govuk-button--warning'],
    ['inverse', 'govuk-button govuk-button--inverse'],
  ] as const)('takes the %s look', (variant, classes) => {
    render(<Button variant={variant}>Go</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('class', classes);
  });

  it('says it is disabled to assistive technology too, and keeps extra classes after its own', () => {
    render(
      <Button type="button" disabled className="govuk-!-margin-bottom-0">
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('class', 'govuk-button govuk-!-margin-bottom-0');
  });

  it('asks GOV.UK Frontend to ignore a double click when told to', () => {
    render(<Button preventDoubleClick>Send</Button>);
    expect(screen.getByRole('button')).toHaveAttribute('data-prevent-double-click', 'true');
  });

  it('draws the start button’s arrow, hidden from screen readers, after its text', () => {
    render(<Button isStartButton>Start now</Button>);
    const button = screen.getByRole('button', { name: 'Start now' });
    expect(button).toHaveClass('govuk-button', 'govuk-button--start');
    const arrow = button.querySelector('svg.govuk-button__start-icon');
    expect(arrow).toHaveAttribute('aria-hidden', 'true');
    expect(arrow).toHaveAttribute('focusable', 'false');
  });

  it('calls back when clicked', () => {
    const onClick = vi.fn();
    render(
      <Button type="button" onClick={onClick}>
        Print
      </Button>,
    );
    screen.getByRole('button').click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('ButtonLink', () => {
  it('is a link that looks like a button, in a group with the other actions', () => {
    const router = createMemoryRouter([
      {
        path: '*',
        element: (
          <ButtonGroup>
            <ButtonLink variant="secondary" to="/indicators/X/target">
              Set a target
            </ButtonLink>
          </ButtonGroup>
        ),
      },
    ]);
    render(<RouterProvider router={router} />);
    const link = screen.getByRole('link', { name: 'Set a target' });
    expect(link).toHaveAttribute('href', '/indicators/X/target');
    expect(link).toHaveAttribute('class', 'govuk-button govuk-button--secondary');
    expect(link).toHaveAttribute('draggable', 'false');
    expect(link.parentElement).toHaveClass('govuk-button-group');
  });
});
