import { type Identity, isAdmin, requireIdentity } from '@passerelle/platform/auth';
import { forbidden } from '@passerelle/platform/errors';

/** Funding programmes and Pass numérique campaigns are edited by funding editors (and admins). */
export function assertFundingEditor(identity: Identity | null): Identity {
  const caller = requireIdentity(identity);
  if (!isAdmin(caller) && !caller.grants.some((grant) => grant.role === 'funding-editor')) {
    throw forbidden('this is for funding editors');
  }
  return caller;
}
