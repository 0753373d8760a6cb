import { createHash, randomBytes } from 'node:crypto';

/**
 * A portal key: `pk_<slug>_<43 random characters>`. The slug makes a key recognisable in a front
 * end's configuration; the 256 random bits make it unguessable, so a fast hash is enough to store it.
 */
export function newPortalKey(slug: string): string {
  return `pk_${slug}_${randomBytes(32).toString('base64url')}`;
}

export function hashPortalKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A portal slug as the CMS writes it: lower-case words joined by hyphens. */
export const PORTAL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
