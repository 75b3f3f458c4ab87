import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { Button as GovukButton } from 'govuk-frontend';
import { useGovukComponent } from './useGovukComponent';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

interface Look {
  variant?: ButtonVariant;
  /** The call to action that starts a service, with its arrow. */
  isStartButton?: boolean;
  /** Extra classes, such as a spacing override. */
  className?: string;
}

function buttonClass({ variant = 'primary', isStartButton, className }: Look) {
  return ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, isStartButton && 'govuk-button--start', className].filter(Boolean).join(' ');
}

function Content({ isStartButton, children }: { isStartButton?: boolean; children: ReactNode }) {
  if (!isStartButton) return children;
  // Start buttons lay out with flexbox, which drops the spaces between elements: the text goes in a span of its own.
  return (
    <>
      <span>{children}</span>
      <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </>
  );
}

type ButtonProps = Look & {
  /** GOV.UK Frontend ignores a second click within a second, so a slow save is not sent twice. */
  preventDoubleClick?: boolean;
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'>;

/** A GOV.UK button; like the Design System's, it submits its form unless given another type. */
export function Button({ variant, isStartButton, className, preventDoubleClick, type = 'submit', disabled, children, ...button }: ButtonProps) {
  const ref = useGovukComponent<HTMLButtonElement>(GovukButton);
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled}
      aria-disabled={disabled || undefined}
      data-prevent-double-click={preventDoubleClick}
      className={buttonClass({ variant, isStartButton, className })}
      data-module="govuk-button"
      {...button}
    >
      <Content isStartButton={isStartButton}>{children}</Content>
    </button>
  );
}

/**
 * A link that looks like a GOV.UK button, for a call to action that opens another page. It keeps the link role the
 * Design System's markup overrides with role="button": it navigates, and is announced as what it does.
 */
export function ButtonLink({ to, variant, isStartButton, className, children }: Look & { to: string; children: ReactNode }) {
  const ref = useGovukComponent<HTMLAnchorElement>(GovukButton);
  return (
    <Link ref={ref} to={to} draggable={false} className={buttonClass({ variant, isStartButton, className })} data-module="govuk-button">
      <Content isStartButton={isStartButton}>{children}</Content>
    </Link>
  );
}

/** Buttons, and links beside them, in a row that stacks on a narrow screen. */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
