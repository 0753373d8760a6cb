import { randomBytes } from 'node:crypto';
import { type Grant, signToken } from '../auth/identity';
import type { SubgraphSecurity } from '../config/subgraph-config';
import { DEFAULT_OPERATION_LIMITS } from '../http/operation-guard-plugin';

/** The secret every server started by a test file verifies tokens with. */
export const TEST_AUTH_SECRET = randomBytes(32).toString('base64url');

/** The secret the gateway signs its subgraph requests with in a test file. */
export const TEST_GATEWAY_SECRET = randomBytes(32).toString('base64url');

/** What every subgraph started by a test file trusts and enforces: the production defaults. */
export const TEST_SUBGRAPH_SECURITY: SubgraphSecurity = {
  authSecret: TEST_AUTH_SECRET,
  gatewaySecret: TEST_GATEWAY_SECRET,
  limits: DEFAULT_OPERATION_LIMITS,
};

/** Authorization headers of a caller holding these grants. */
export async function authorizationFor(
  grants: Grant[],
  subject = 'tester@example.org',
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken({ subject, grants }, TEST_AUTH_SECRET)}` };
}
