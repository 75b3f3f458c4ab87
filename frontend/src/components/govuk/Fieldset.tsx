import type { ReactNode } from 'react';

export type LegendSize = 's' | 'm' | 'l' | 'xl';

/**
 * A GOV.UK fieldset: its legend is the question several controls answer. When the question is the page's only one,
 * the legend is the page heading, as the Design System asks.
 */
export function Fieldset({
  legend,
  legendSize = 's',
  isPageHeading = false,
  describedBy,
  children,
}: {
  legend: ReactNode;
  legendSize?: LegendSize;
  isPageHeading?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
      <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
