import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/lib/api/ApiContext';
import { unwrap } from '@/lib/api/problem';
import { meKeys } from '@/lib/api/queryKeys';
import { useSession } from './SessionContext';

/**
 * What the signed-in user may change, from /api/v1/me. Only a convenience for showing the right buttons: the API
 * decides, and refuses what the token does not allow.
 */
export function usePermissions() {
  const api = useApi();
  const { authenticated } = useSession();
  const me = useQuery({ queryKey: meKeys.me, enabled: authenticated, queryFn: async () => unwrap(await api.GET('/api/v1/me')) });
  const roles = me.data?.roles ?? [];
  const authorities = me.data?.authorities.map((a) => a.code) ?? [];
  /** The authority's own people, who read its private papers: its officers and board members, and administrators. */
  /** Officers and administrators write the papers of the authorities they may (each write checks which). */
  const writesPapers = roles.includes('admin') || roles.includes('officer');
  const insiderOf = (area: string) => roles.includes('admin') || ((roles.includes('board-member') || roles.includes('officer')) && authorities.includes(area));
  return {
    canWriteFor: (area: string) => roles.includes('admin') || (roles.includes('officer') && authorities.includes(area)),
    writesPapers,
    canImport: writesPapers,
    /** Officers and administrators check their authorities' figures (board members may read the checks too). */
    checksData: roles.includes('admin') || roles.includes('officer'),
    /** The authority's own people see its data checks: its officers and board members, and administrators. */
    canSeeChecksOf: insiderOf,
    /** Board members and officers ask about their own authority's action plan. */
    canAskAbout: insiderOf,
    /** Drafts, exempt reports and performance packs are the authority's own people's. */
    insiderOf,
    /** Somebody who is the insider of some authority: the navigation offers them the performance packs. */
    isInsider: roles.includes('admin') || ((roles.includes('board-member') || roles.includes('officer')) && authorities.length > 0),
    /** Whether the roles above are known: until then (or if they cannot be read) a form shows, and the API decides. */
    loaded: me.data !== undefined,
    /** Administrators read the audit history of every change. */
    isAdmin: roles.includes('admin'),
  };
}
