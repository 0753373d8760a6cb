import type { Request, Response } from 'express';
import { admittedPortal, PORTAL_KEY_HEADER, PORTAL_SLUG_HEADER } from '../portals/admission';
import type { PortalRegistry } from '../portals/portal-registry';
import { NATIONAL } from './metrics';

/** The label of a request naming a portal that does not exist, or with a wrong key. */
const UNKNOWN_PORTAL = 'unknown';

/**
 * The portal a refused request belongs to, for its metrics and log line: the one it was admitted
 * for, or else the one its headers name (a rate-limited request is refused before it is admitted).
 * Names of no portal are never labels: clients choose them.
 */
export function refusedRequestPortal(registry: PortalRegistry, req: Request, res: Response): string {
  const admitted = admittedPortal(res);
  if (admitted) return admitted.portal.slug;
  const key = req.get(PORTAL_KEY_HEADER);
  if (key !== undefined) return registry.portalOfKey(key.trim())?.portal.slug ?? UNKNOWN_PORTAL;
  const slug = req.get(PORTAL_SLUG_HEADER);
  if (slug !== undefined) return registry.portal(slug.trim())?.slug ?? UNKNOWN_PORTAL;
  return NATIONAL;
}
