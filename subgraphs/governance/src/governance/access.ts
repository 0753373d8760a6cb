import {
  type AccessRule,
  type AuthScopes,
  holdsGrant,
  type Identity,
  isAdmin,
  may,
} from '@passerelle/platform/auth';
import { forbidden } from '@passerelle/platform/errors';

/**
 * Who may write what in the governance subgraph. Each mutation declares who may call it
 * (`authScopes`); what depends on the row written is an AccessRule, checked with
 * `assertMay(context.identity, rule, target)` once the row is known.
 */

/** Governance editors (and admins) call the governance's mutations; `editGovernance` says which. */
export const governanceEditors = { governanceEditor: true } as const satisfies Partial<AuthScopes>;

/** A governance is written by the governance editors of its département (and admins). */
export const editGovernance: AccessRule<{ departmentCode: string }> = {
  allows: (caller, { departmentCode }) =>
    holdsGrant(caller, 'governance-editor', (grant) => grant.department === departmentCode),
  refusal: ({ departmentCode }) => `you are not a governance editor of département ${departmentCode}`,
};

/**
 * The contacts of a governance's members are personal data: only its editors (and admins) read
 * them; the public sees the organisations, so a refusal is FORBIDDEN, signed in or not. Anonymous
 * callers, and callers who edit no governance, are refused without a query.
 */
export async function assertMayReadMemberContacts(
  identity: Identity | null,
  governanceDepartment: () => Promise<string>,
): Promise<void> {
  if (!identity)
    throw forbidden("a member's contact is personal data: sign in as an editor of its governance");
  if (isAdmin(identity)) return;
  if (
    !holdsGrant(identity, 'governance-editor') ||
    !may(identity, editGovernance, { departmentCode: await governanceDepartment() })
  ) {
    throw forbidden("a member's contact is personal data: only the editors of its governance may read it");
  }
}
