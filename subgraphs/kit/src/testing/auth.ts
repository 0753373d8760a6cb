import { randomBytes } from 'node:crypto';
import { type Grant, signToken } from '../auth';

/** The secret every server started by a test file verifies tokens with. */
export const TEST_AUTH_SECRET = randomBytes(32).toString('base64url');

/** Authorization headers of a caller holding these grants. */
export async function authorizationFor(
  grants: Grant[],
  subject = 'tester@example.org',
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken({ subject, grants }, TEST_AUTH_SECRET)}` };
}
