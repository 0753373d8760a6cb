import type { RequestHandler } from 'express';
import { admittedPortal } from './admission';
import type { PortalRegistry } from './portal-registry';
import { operationHash } from './portal-store';

interface GraphQLBody {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

function refuse(res: Parameters<RequestHandler>[1], message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'OPERATION_NOT_REGISTERED' } }] });
}

/**
 * A portal's registered operations, checked once the body is read. A front end may send only the
 * hash of an operation its portal registered (as automatic persisted queries do); in safelist mode
 * nothing else runs, so a stolen key can only replay the front end's own operations.
 */
export function portalOperations(registry: PortalRegistry): RequestHandler {
  return (req, res, next) => {
    const admitted = admittedPortal(res);
    if (!admitted) return next();
    const slug = admitted.portal.slug;
    const body = (req.method === 'POST' ? req.body : undefined) as GraphQLBody | undefined;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (body && body.query === undefined && typeof hash === 'string') {
      const registered = registry.registeredOperation(slug, hash);
      if (registered) body.query = registered;
    }
    if (!admitted.portal.safelist) return next();
    const query = req.method === 'POST' ? body?.query : req.query.query;
    if (typeof query !== 'string') {
      return refuse(res, `the portal "${slug}" runs only its registered operations; send one of them`);
    }
    if (!registry.registeredOperation(slug, operationHash(query))) {
      return refuse(
        res,
        `the portal "${slug}" runs only its registered operations, and this one is not registered (npm run portal -- register-operations ${slug} <file>)`,
      );
    }
    next();
  };
}
