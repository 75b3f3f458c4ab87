import { usePageTitle } from '@/components/usePageTitle';

/** What personal data Promise holds, why, and people's rights over it (UK GDPR articles 13 and 14). */
export function PrivacyPage() {
  usePageTitle('Privacy notice');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Privacy notice</h1>
        <p className="govuk-body">
          This notice explains what personal data Promise holds and why. The council whose Corporate Parenting Board uses Promise is the data
          controller: it decides what is recorded, and its data protection officer answers questions about it.
        </p>

        <h2 className="govuk-heading-l">What Promise does not hold</h2>
        <p className="govuk-body">
          Promise holds no records about individual children or young people. Its figures are counts, percentages and rates for a whole council area,
          and small numbers that could point to a child are withheld from everyone outside the council (shown as &ldquo;c&rdquo;). What young people
          told the board (&ldquo;You said, we did&rdquo;) is recorded as the forum said it, without names.
        </p>

        <h2 className="govuk-heading-l">What personal data Promise holds</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>for people who sign in (councillors, officers, administrators): their name, role and the council they work for, from the sign-in service</li>
          <li>who changed each figure, target, action and paper, and when: an audit history the council&apos;s administrators can read</li>
          <li>the board&apos;s public record: members&apos; names, attendance, declarations of interest, and names in minutes and reports, as the council publishes them</li>
          <li>owners of action-plan items, usually named by their job title</li>
        </ul>

        <h2 className="govuk-heading-l">Why, and the lawful basis</h2>
        <p className="govuk-body">
          The council uses this data to run its Corporate Parenting Board and to account in public for its duties to children in care and care
          leavers. The lawful basis is public task (UK GDPR article 6(1)(e)): the council&apos;s duties as a corporate parent under the Children and
          Social Work Act 2017, and the Local Government Act 1972 for its meetings and their records.
        </p>

        <h2 className="govuk-heading-l">Who can see it</h2>
        <p className="govuk-body">
          The board&apos;s public record can be read by anyone. The council&apos;s own officers, board members and administrators also read its
          private papers and provisional figures; other councils&apos; users do not. The audit history is for administrators, and the history of a
          figure or action for the council&apos;s own officers and board members.
        </p>

        <h2 className="govuk-heading-l">How long it is kept</h2>
        <p className="govuk-body">
          The board&apos;s record is kept as the council&apos;s records retention schedule says for committee papers. Sign-in accounts are closed
          when people leave the board or the council.
        </p>

        <h2 className="govuk-heading-l">Your rights</h2>
        <p className="govuk-body">
          You can ask to see the personal data held about you, to have it corrected, and, in some cases, to have it erased or its use restricted, or
          object to its use. Ask the council&apos;s data protection officer. If you are unhappy with how your data is used, you can complain to the
          Information Commissioner&apos;s Office (ICO).
        </p>
      </div>
    </div>
  );
}
