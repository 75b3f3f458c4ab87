import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/govuk/Button';
import { usePermissions } from '@/lib/auth/usePermissions';

/** A page for administrators: anybody else is told so, plainly (the API refuses them anyway). */
export function AdminOnly({ what, children }: { what: string; children: ReactNode }) {
  const permissions = usePermissions();
  if (!permissions.loaded) return <p className="govuk-body">Loading…</p>;
  if (!permissions.isAdmin) return <p className="govuk-inset-text">Only administrators can manage {what}.</p>;
  return <>{children}</>;
}

/** The question before something that cannot be undone, with the way out beside it. */
export function Confirmation({
  question,
  children,
  yes,
  no,
  pending,
  onYes,
  onNo,
}: {
  question: string;
  children: ReactNode;
  yes: string;
  no: string;
  pending: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <section className="app-confirmation govuk-!-margin-bottom-8" aria-labelledby="confirmation-heading">
      <FocusedHeading id="confirmation-heading">{question}</FocusedHeading>
      {children}
      <div className="govuk-button-group">
        <Button type="button" variant="warning" disabled={pending} onClick={onYes}>
          {yes}
        </Button>
        <Button type="button" variant="secondary" onClick={onNo}>
          {no}
        </Button>
      </div>
    </section>
  );
}

/** A heading that takes the focus when it appears, so that keyboard and screen reader users land on what changed. */
export function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h2 id={id} ref={heading} className="govuk-heading-m" tabIndex={-1}>
      {children}
    </h2>
  );
}
