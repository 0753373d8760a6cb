import { type Identity, isAdmin, requireIdentity } from '@passerelle/platform/auth';
import { forbidden } from '@passerelle/platform/errors';

/** A governance is written by the governance editors of its département (and admins). */
export function assertGovernanceEditor(identity: Identity | null, departmentCode: string): Identity {
  const caller = requireIdentity(identity);
  const allowed =
    isAdmin(caller) ||
    caller.grants.some((grant) => grant.role === 'governance-editor' && grant.department === departmentCode);
  if (!allowed) throw forbidden(`you are not a governance editor of département ${departmentCode}`);
  return caller;
}

/**
 * The contacts of a governance's members are personal data: only its editors (and admins) read
 * them; the public sees the organisations. Anonymous callers are refused without a query.
 */
export async function assertCanReadMemberContacts(
  identity: Identity | null,
  governanceDepartment: () => Promise<string>,
): Promise<void> {
  if (!identity)
    throw forbidden("a member's contact is personal data: sign in as an editor of its governance");
  if (isAdmin(identity)) return;
  const departments = identity.grants.flatMap((grant) =>
    grant.role === 'governance-editor' ? [grant.department] : [],
  );
  if (!departments.length || !departments.includes(await governanceDepartment())) {
    throw forbidden("a member's contact is personal data: only the editors of its governance may read it");
  }
}
