import { type Identity, isAdmin, requireIdentity } from '@passerelle/platform/auth';
import { forbidden } from '@passerelle/platform/errors';
import type { Prisma } from '../generated/prisma/client';

/**
 * Who may change a place: an admin, or a data manager of the place's source (dataset) or of its
 * département.
 */

export function canManagePlace(
  identity: Identity,
  place: { dataset: string; departmentCode: string },
): boolean {
  return (
    isAdmin(identity) ||
    identity.grants.some(
      (grant) =>
        grant.role === 'data-manager' &&
        (('dataset' in grant && grant.dataset === place.dataset) ||
          ('department' in grant && grant.department === place.departmentCode)),
    )
  );
}

/** UNAUTHENTICATED without a token, FORBIDDEN without the right; the identity otherwise. */
export function assertCanManagePlace(
  identity: Identity | null,
  place: { dataset: string; departmentCode: string },
): Identity {
  const caller = requireIdentity(identity);
  if (!canManagePlace(caller, place)) {
    throw forbidden(`you manage neither source "${place.dataset}" nor département ${place.departmentCode}`);
  }
  return caller;
}

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

/** FORBIDDEN for a caller who manages no place at all. */
export function assertDataManager(identity: Identity | null): Identity {
  const caller = requireIdentity(identity);
  if (!isAdmin(caller) && !caller.grants.some((grant) => grant.role === 'data-manager')) {
    throw forbidden('this is for data managers');
  }
  return caller;
}
