import { SummaryList } from '@/components/govuk/SummaryList';
import { Tag } from '@/components/govuk/Tag';
import { ProblemMessage } from '@/components/ProblemMessage';
import { useMe } from '../api/useMe';
import { roleName } from './roleNames';

/** Who is signed in, for which authorities and in which roles: the foot of a signed-in person's first page. */
export function AccountSummary() {
  const me = useMe();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h2 className="govuk-heading-m">You are signed in</h2>
        {me.isPending && <p className="govuk-body">Loading your details…</p>}
        {me.isError && <ProblemMessage error={me.error} />}
        {me.data && (
          <SummaryList
            rows={[
              { key: 'User name', value: me.data.name },
              {
                key: me.data.authorities.length === 1 ? 'Authority' : 'Authorities',
                value:
                  me.data.authorities.length === 0 ? (
                    'None: you can read published data only'
                  ) : (
                    <ul className="govuk-list">
                      {me.data.authorities.map((authority) => (
                        <li key={authority.code}>
                          {authority.name} <span className="govuk-hint govuk-!-display-inline">({authority.code})</span>
                        </li>
                      ))}
                    </ul>
                  ),
              },
              {
                key: me.data.roles.length === 1 ? 'Role' : 'Roles',
                value:
                  me.data.roles.length === 0
                    ? 'None'
                    : me.data.roles.map((role) => (
                        <Tag key={role} colour="blue">
                          {roleName(role)}
                        </Tag>
                      )),
              },
            ]}
          />
        )}
      </div>
    </div>
  );
}
