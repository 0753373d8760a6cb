import { forbidden } from '../errors';
import { type Grant, type Identity, isAdmin, requireIdentity } from './identity';

/**
 * Rules that depend on the row a caller acts on (a département's governance, a source's places).
 * Who may call a mutation at all is declared on the field (`authScopes`, see ./scopes); what
 * depends on the target is a rule each subgraph's `access.ts` writes with `holdsGrant`, and its
 * resolvers check with `assertMay(context.identity, rule, target)` once they have the target.
 */

export type Role = Grant['role'];

export type GrantOf<R extends Role> = Extract<Grant, { role: R }>;

/** Whether the identity holds a grant of this role (one that `matches`, if given); admins hold them all. */
export function holdsGrant<R extends Role>(
  identity: Identity,
  role: R,
  matches: (grant: GrantOf<R>) => boolean = () => true,
): boolean {
  return (
    isAdmin(identity) ||
    identity.grants.some((grant): boolean => grant.role === role && matches(grant as GrantOf<R>))
  );
}

export interface AccessRule<Target> {
  allows(caller: Identity, target: Target): boolean;
  /** The message of the FORBIDDEN error refusing a caller the rule does not allow. */
  refusal(target: Target): string;
}

export function may<Target>(identity: Identity | null, rule: AccessRule<Target>, target: Target): boolean {
  return identity !== null && rule.allows(identity, target);
}

/** UNAUTHENTICATED without an identity, FORBIDDEN when the rule refuses the caller; the caller otherwise. */
export function assertMay<Target>(
  identity: Identity | null,
  rule: AccessRule<Target>,
  target: Target,
): Identity {
  const caller = requireIdentity(identity);
  if (!rule.allows(caller, target)) throw forbidden(rule.refusal(target));
  return caller;
}
