import type { Request, RequestHandler, Response } from 'express';
import { originAllowed } from './origins';
import type { Portal, PortalRegistry } from './portal-registry';
import type { RateLimiter } from './rate-limiter';

export const PORTAL_KEY_HEADER = 'x-portal-key';
export const PORTAL_SLUG_HEADER = 'x-portal';

/** The portal a request was admitted for, and how it named it. */
export interface AdmittedPortal {
  portal: Portal;
  via: 'key' | 'slug';
  keyId?: string;
}

/** Requests per minute of each kind of caller; a portal may have its own for its keys. */
export interface RateLimits {
  /** No portal header: per client IP. */
  anonymousPerMinute: number;
  /** `X-Portal: <slug>`: per portal and client IP. */
  publicPerMinute: number;
  /** `X-Portal-Key`: per key, shared by every visitor of the portal's front end. */
  keyPerMinute: number;
}

/** How a request names its portal: by a key, by a public slug, or not at all (the national graph). */
export interface PortalNaming {
  read(req: Request): { key: string | undefined; slug: string | undefined };
  /** The ways, for a browser page that named none. */
  hint: string;
}

/** GraphQL clients name their portal with a header. */
export const namedByHeaders: PortalNaming = {
  read: (req) => ({ key: req.get(PORTAL_KEY_HEADER), slug: req.get(PORTAL_SLUG_HEADER) }),
  hint: 'X-Portal-Key or X-Portal',
};

export interface AdmissionOptions {
  registry: PortalRegistry;
  limiter: RateLimiter;
  limits: RateLimits;
  naming?: PortalNaming;
}

/** Headers a portal's front end may send across origins. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  PORTAL_KEY_HEADER,
  PORTAL_SLUG_HEADER,
  'x-request-id',
];
/** Response headers its scripts may read. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'server-timing'];

export function admittedPortal(res: Response): AdmittedPortal | undefined {
  return res.locals.portal as AdmittedPortal | undefined;
}

function refuse(
  res: Response,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The gateway's own pages (the explorer) call it from its own origin: that is not cross-origin. */
function isSameOrigin(req: Request, origin: string): boolean {
  return origin === `${req.protocol}://${req.get('host')}`;
}

function answerPreflight(res: Response, registry: PortalRegistry, origin: string): void {
  // A preflight carries no portal header (only their names): any portal's origin may go on, and
  // the request itself is then checked against its own portal's origins.
  if (!registry.anyPortalAllows((origins) => originAllowed(origins, origin))) {
    refuse(res, 403, 'ORIGIN_NOT_ALLOWED', `no portal allows the origin ${origin}`);
    return;
  }
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-methods', 'GET, POST');
  res.setHeader('access-control-allow-headers', ALLOWED_HEADERS.join(', '));
  res.setHeader('access-control-max-age', '600');
  res.status(204).end();
}

/**
 * Admits a /graphql (or export) request before its body is read: which portal it names (a key, a public slug
 * or none: the national graph), whether its browser origin is one of that portal's (CORS), and
 * whether its caller still has requests left this minute. Credentials are never allowed across
 * origins: a portal's key is a header, not a cookie.
 */
export function portalAdmission({
  registry,
  limiter,
  limits,
  naming = namedByHeaders,
}: AdmissionOptions): RequestHandler {
  return async (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    if (req.method === 'OPTIONS') {
      if (!origin) return void res.status(204).end();
      return answerPreflight(res, registry, origin);
    }

    let admitted: AdmittedPortal | undefined;
    const { key, slug } = naming.read(req);
    if (key !== undefined) {
      const opened = registry.portalOfKey(key.trim());
      if (!opened) {
        return refuse(
          res,
          401,
          'UNAUTHENTICATED',
          'this portal key is not valid: it is wrong or was revoked',
        );
      }
      admitted = { portal: opened.portal, via: 'key', keyId: opened.keyId };
    } else if (slug !== undefined) {
      const portal = registry.portal(slug.trim());
      if (!portal) return refuse(res, 400, 'UNKNOWN_PORTAL', `there is no portal "${slug.trim()}"`);
      admitted = { portal, via: 'slug' };
    }

    if (origin && !isSameOrigin(req, origin)) {
      if (!admitted || !originAllowed(admitted.portal.allowedOrigins, origin)) {
        return refuse(
          res,
          403,
          'ORIGIN_NOT_ALLOWED',
          admitted
            ? `the portal "${admitted.portal.slug}" does not allow the origin ${origin}`
            : `calls from a browser page must name their portal (${naming.hint})`,
        );
      }
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS.join(', '));
    }

    const [bucket, perMinute] = !admitted
      ? [`ip:${req.ip}`, limits.anonymousPerMinute]
      : admitted.via === 'key'
        ? [`key:${admitted.keyId}`, admitted.portal.ratePerMinute ?? limits.keyPerMinute]
        : [`public:${admitted.portal.slug}:${req.ip}`, limits.publicPerMinute];
    const decision = await limiter.take(bucket, perMinute);
    if (!decision.allowed) {
      return refuse(
        res,
        429,
        'RATE_LIMITED',
        `too many requests: at most ${perMinute} a minute; retry in ${decision.retryAfterSeconds} s`,
        { 'retry-after': String(decision.retryAfterSeconds) },
      );
    }
    res.locals.portal = admitted;
    next();
  };
}
