import { forbidden, type Identity, isAdmin, requireIdentity } from '@passerelle/kit';

/** A governance is written by the governance editors of its département (and admins). */
export function assertGovernanceEditor(identity: Identity | null, departmentCode: string): Identity {
  const caller = requireIdentity(identity);
  const allowed =
    isAdmin(caller) ||
    caller.grants.some((grant) => grant.role === 'governance-editor' && grant.department === departmentCode);
  if (!allowed) throw forbidden(`you are not a governance editor of département ${departmentCode}`);
  return caller;
}
