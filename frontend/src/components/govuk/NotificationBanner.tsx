import type { ReactNode } from 'react';

/**
 * A GOV.UK notification banner telling the outcome of what the user just did; role "alert" so that screen readers
 * announce it.
 */
function OutcomeBanner({ kind, title, children }: { kind: 'success' | 'important'; title: string; children: ReactNode }) {
  const titleId = `${kind}-banner-title`;
  return (
    <div className={`govuk-notification-banner${kind === 'success' ? ' govuk-notification-banner--success' : ''}`} role="alert" aria-labelledby={titleId}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {kind === 'success' ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">{title}</h3>
        {children}
      </div>
    </div>
  );
}

/** The green "success" banner GOV.UK services show after a change is saved. */
export function SuccessBanner({ title, children }: { title: string; children: ReactNode }) {
  return (
    <OutcomeBanner kind="success" title={title}>
      {children}
    </OutcomeBanner>
  );
}

/** The blue "important" banner, for an outcome that is not a success, such as a change that was not saved. */
export function ImportantBanner({ title, children }: { title: string; children: ReactNode }) {
  return (
    <OutcomeBanner kind="important" title={title}>
      {children}
    </OutcomeBanner>
  );
}
