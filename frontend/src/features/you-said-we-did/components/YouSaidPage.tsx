import { useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { useOpeningAuthority } from '@/lib/auth/useOpeningAuthority';
import { formatMonth } from '@/lib/format';
import { useYouSaid } from '../api/useYouSaid';

/**
 * Written for children and young people: what they asked for, in their words, and what the council did about it.
 * Large type, one column, no jargon; readable on a phone. Public: no sign-in.
 */
export function YouSaidPage() {
  usePageTitle('You said, we did');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const opening = useOpeningAuthority('you-said');
  const authority = search.get('authority') ?? opening;
  const asks = useYouSaid(authority);

  return (
    <div className="app-young-people">
      <h1 className="govuk-heading-xl">You said, we did</h1>
      <p className="govuk-body">
        You told us what would make things better for children in care and young people leaving care. Here is what we have done so far, and
        what we will do next.
      </p>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {(authorities.isError || asks.isError) && <ProblemMessage error={authorities.error ?? asks.error} />}
      {asks.isPending && authority && <p className="govuk-body">Loading…</p>}
      {asks.data && asks.data.items.length === 0 && <p className="govuk-body">Nothing here yet for {asks.data.authorityName}.</p>}
      {asks.data?.items.map((ask) => (
        <section key={ask.id} className="app-ask" aria-labelledby={`ask-${ask.id}`}>
          <p className="govuk-body govuk-!-margin-bottom-1">You said:</p>
          <h2 className="govuk-heading-l" id={`ask-${ask.id}`}>
            “{ask.ask}”
          </h2>
          <p className="govuk-body-s">
            {ask.forum}, {formatMonth(ask.askedIn)}
          </p>
          <h3 className="govuk-heading-m">What we have done</h3>
          {ask.done.length === 0 ? (
            <p className="govuk-body">We have not finished anything for this yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {ask.done.map((entry) => (
                <li key={entry.id}>{entry.text}</li>
              ))}
            </ul>
          )}
          {ask.next.length > 0 && (
            <>
              <h3 className="govuk-heading-m">What&apos;s next</h3>
              <ul className="govuk-list govuk-list--bullet">
                {ask.next.map((entry) => (
                  <li key={entry.id}>{entry.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
