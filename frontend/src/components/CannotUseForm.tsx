import { Link } from 'react-router';
import { usePermissions } from '@/lib/auth/usePermissions';
import { usePageTitle } from './usePageTitle';

/**
 * Whether the reader, once their roles are known, may not use a form writing the authority's papers: only its
 * officers and administrators write them. Before the form's record names its authority, somebody who is neither an
 * officer nor an administrator (a board member, say) is told at once; an officer of another authority once it does.
 */
export function useMayNotWrite(authority: string | undefined) {
  const permissions = usePermissions();
  if (!permissions.loaded) return false;
  return authority ? !permissions.canWriteFor(authority) : !permissions.writesPapers;
}

/**
 * What a form's page shows to somebody who may not use it (a board member on an officer's form): said at once,
 * in place of the form, rather than after they have filled it in and the service has refused it.
 */
export function CannotUseForm({ title, reason, backTo, backText }: { title: string; reason: string; backTo: string; backText: string }) {
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{title}</h1>
        <p className="govuk-inset-text">{reason}</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={backTo}>
            {backText}
          </Link>
        </p>
      </div>
    </div>
  );
}
