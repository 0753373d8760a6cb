import {
  type AccessRule,
  type AuthScopes,
  holdsGrant,
  type Identity,
  isAdmin,
} from '@passerelle/platform/auth';
import type { Prisma } from '../generated/prisma/client';

/**
 * Who may write what in the directory. Each mutation declares who may call it (`authScopes`);
 * what depends on the row written is an AccessRule, checked with
 * `assertMay(context.identity, rule, target)` once the row is known.
 */

/** Data managers (and admins) edit places and read the reports and duplicates; `managePlace` says which. */
export const dataManagers = { dataManager: true } as const satisfies Partial<AuthScopes>;

export interface PlaceTarget {
  dataset: string;
  departmentCode: string;
}

/** A place is changed by an admin, or a data manager of its source (dataset) or of its département. */
export const managePlace: AccessRule<PlaceTarget> = {
  allows: (caller, place) =>
    holdsGrant(
      caller,
      'data-manager',
      (grant) =>
        ('dataset' in grant && grant.dataset === place.dataset) ||
        ('department' in grant && grant.department === place.departmentCode),
    ),
  refusal: (place) => `you manage neither source "${place.dataset}" nor département ${place.departmentCode}`,
};

/** A pair of places (a likely duplicate) is listed to the managers of either: either may judge it. */
export const manageEitherPlace: AccessRule<readonly PlaceTarget[]> = {
  allows: (caller, places) => places.some((place) => managePlace.allows(caller, place)),
  refusal: () => 'you manage neither of these places',
};

/** What a caller manages: everything (an admin), or some sources and départements. */
export function managedScope(identity: Identity): 'all' | { datasets: string[]; departments: string[] } {
  if (isAdmin(identity)) return 'all';
  const scope = { datasets: [] as string[], departments: [] as string[] };
  for (const grant of identity.grants) {
    if (grant.role !== 'data-manager') continue;
    if ('dataset' in grant) scope.datasets.push(grant.dataset);
    else scope.departments.push(grant.department);
  }
  return scope;
}

/** The places a caller manages, as a Prisma condition. */
export function managedPlaces(identity: Identity): Prisma.PlaceWhereInput {
  const scope = managedScope(identity);
  if (scope === 'all') return {};
  return { OR: [{ dataset: { in: scope.datasets } }, { departmentCode: { in: scope.departments } }] };
}
