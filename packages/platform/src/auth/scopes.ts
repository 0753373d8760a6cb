import type { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from '../errors';
import { holdsGrant, type Role } from './access';
import { type Identity, isAdmin, SIGN_IN } from './identity';

/**
 * The scopes a field's `authScopes` names (Pothos' scope-auth plugin, set up by the subgraph
 * builder): who may call it at all, from the request's identity alone. Admins hold every scope.
 * Several scopes on a field: any of them will do.
 */
export interface AuthScopes {
  signedIn: boolean;
  admin: boolean;
  contentEditor: boolean;
  dataManager: boolean;
  fundingEditor: boolean;
  governanceEditor: boolean;
}

export type AuthScope = keyof AuthScopes;

/** The scopes that are a role: held with a grant of it, whatever its territory or source. */
const ROLE_OF = {
  contentEditor: 'content-editor',
  dataManager: 'data-manager',
  fundingEditor: 'funding-editor',
  governanceEditor: 'governance-editor',
} as const satisfies Partial<Record<AuthScope, Role>>;

/** The scopes a request holds. */
export function authScopesOf(identity: Identity | null): Record<AuthScope, boolean> {
  const holds = (role: Role) => identity !== null && holdsGrant(identity, role);
  return {
    signedIn: identity !== null,
    admin: identity !== null && isAdmin(identity),
    contentEditor: holds(ROLE_OF.contentEditor),
    dataManager: holds(ROLE_OF.dataManager),
    fundingEditor: holds(ROLE_OF.fundingEditor),
    governanceEditor: holds(ROLE_OF.governanceEditor),
  };
}

const HOLDERS: Record<AuthScope, string> = {
  signedIn: 'signed-in callers',
  admin: 'admins',
  contentEditor: 'content editors',
  dataManager: 'data managers',
  fundingEditor: 'funding editors',
  governanceEditor: 'governance editors',
};

function isAuthScope(name: string): name is AuthScope {
  return name in HOLDERS;
}

/**
 * The error refusing a caller a field whose scopes (`missing`) they lack: UNAUTHENTICATED
 * without an identity, FORBIDDEN ("this is for funding editors") with one.
 */
export function scopeRefusal(identity: Identity | null, missing: readonly string[]): GraphQLError {
  if (!identity) return unauthenticated(SIGN_IN);
  const holders = [...new Set(missing)].filter(isAuthScope).map((scope) => HOLDERS[scope]);
  return forbidden(holders.length ? `this is for ${holders.join(' or ')}` : 'you may not do this');
}
