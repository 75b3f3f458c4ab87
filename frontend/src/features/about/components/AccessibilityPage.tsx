import { usePageTitle } from '@/components/usePageTitle';

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 ask of this service. */
export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement for Promise</h1>
        <p className="govuk-body">
          Promise is the record a council&apos;s Corporate Parenting Board keeps of what it promised children in care and care leavers, and of what was
          done: the scorecard, the action plan, &ldquo;You said, we did&rdquo;, meetings and reports. The council whose board uses it runs it, and wants
          as many people as possible to be able to use it. You should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use every page on a phone, down to a screen 320 pixels wide</li>
          <li>get from the start of a page to its content with the &ldquo;Skip to main content&rdquo; link, and past a long table with its &ldquo;Skip table&rdquo; link</li>
          <li>use the whole service with a keyboard alone, or with speech recognition software</li>
          <li>use the service with a screen reader: every chart has a table of the same figures beside it, and no rating is shown by colour alone</li>
          <li>print any page: navigation, filters and buttons are left out, and links print as words</li>
          <li>download reports and performance packs as tagged PDFs (PDF/UA), checked each time they change</li>
        </ul>

        <h2 className="govuk-heading-l">How accessible this service is</h2>
        <p className="govuk-body">
          Promise is built with the GOV.UK Design System. Every page, in every state we test (a form with errors, an empty list, a signed-in and a
          public visitor), is checked with automated accessibility tests against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA each
          time the service changes. Automated tests find some problems, not all of them.
        </p>
        <p className="govuk-body">We know some parts are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>the sign-in pages come from the sign-in service (Keycloak), whose pages we have not tested in the same way</li>
        </ul>

        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">
          If you need information on this service in a different format, such as accessible PDF, large print, easy read, audio recording or braille,
          contact the Corporate Parenting Board&apos;s clerk at the council that runs your board (their democratic services team). Say what you need
          and which page it is about.
        </p>

        <h2 className="govuk-heading-l">Reporting accessibility problems with this service</h2>
        <p className="govuk-body">
          We are always looking to improve the accessibility of this service. If you find any problems not listed on this page or think we are not
          meeting accessibility requirements, contact the council&apos;s democratic services team.
        </p>

        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to your complaint,
          contact the Equality Advisory and Support Service (EASS).
        </p>

        <h2 className="govuk-heading-l">Compliance status</h2>
        <p className="govuk-body">
          This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because of the PDFs and sign-in
          pages and date boxes listed above.
        </p>

        <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
        <p className="govuk-body">This statement was prepared on 3 December 2026. It is reviewed whenever the service changes how its pages work.</p>
      </div>
    </div>
  );
}
