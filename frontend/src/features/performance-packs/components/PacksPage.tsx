import { Link, useSearchParams } from 'react-router';
import { AuthorityPicker } from '@/components/AuthorityPicker';
import { ButtonLink } from '@/components/govuk/Button';
import { RowHeader, Table, TableCell, TableRow } from '@/components/govuk/Table';
import { Tag } from '@/components/govuk/Tag';
import { ProblemMessage } from '@/components/ProblemMessage';
import { usePageTitle } from '@/components/usePageTitle';
import { useAuthorities } from '@/lib/auth/useAuthorities';
import { usePermissions } from '@/lib/auth/usePermissions';
import { formatDate } from '@/lib/format';
import { usePacks } from '../api/usePacks';

/** The authority's performance packs, for its own people: drafts being written and those frozen as presented. */
export function PacksPage() {
  usePageTitle('Performance packs');
  const [search] = useSearchParams();
  const authorities = useAuthorities();
  const permissions = usePermissions();
  const authority = search.get('authority') ?? authorities.data?.[0]?.code;
  const packs = usePacks(authority);

  return (
    <>
      <h1 className="govuk-heading-xl">Performance packs</h1>
      <p className="govuk-body-l">The scorecard as the board receives it, with the officers&apos; commentary, frozen as presented.</p>
      <AuthorityPicker authorities={authorities.data ?? []} current={authority} />
      {(authorities.isError || packs.isError) && <ProblemMessage error={authorities.error ?? packs.error} />}
      {authority && permissions.canWriteFor(authority) && <ButtonLink to={`/performance-packs/new?authority=${authority}`}>Create a pack</ButtonLink>}
      {packs.isPending && authority && <p className="govuk-body">Loading…</p>}
      {packs.data && packs.data.length === 0 && <p className="govuk-body">No packs yet.</p>}
      {packs.data && packs.data.length > 0 && (
        // Four columns are wider than a phone: the table scrolls in its own region, which a keyboard can reach.
        <div className="app-table-scroll" role="region" aria-label="Packs, newest first" tabIndex={0}>
          <Table caption="Packs, newest first" captionSize="m" head={['Pack', 'Period', 'Status', 'Presented at']}>
            {packs.data.map((pack) => (
              <TableRow key={pack.id}>
                <RowHeader>
                  <Link className="govuk-link" to={`/performance-packs/${pack.id}`}>
                    {pack.title}
                  </Link>
                </RowHeader>
                <TableCell>{pack.periodLabel}</TableCell>
                <TableCell>{pack.status === 'frozen' ? <Tag colour="green">Frozen{pack.frozenAt ? ` on ${formatDate(pack.frozenAt)}` : ''}</Tag> : <Tag colour="grey">Draft</Tag>}</TableCell>
                <TableCell>{pack.presentedAt ? formatDate(pack.presentedAt.meetingDate) : 'Not yet'}</TableCell>
              </TableRow>
            ))}
          </Table>
        </div>
      )}
    </>
  );
}
