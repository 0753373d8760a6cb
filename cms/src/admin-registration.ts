import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** The admin panel's "create the first super admin" form posts here (POST /admin/register-admin). */
const REGISTER_ADMIN = 'authentication.registerAdmin';

interface AdminRoute {
  method: string;
  path: string;
  handler: unknown;
  config?: { policies?: unknown[] };
}

/**
 * Strapi lets anyone who reaches it register the first super admin while there is none, which on
 * a fresh deployment is whoever comes first. Passerelle creates the first administrator from its
 * settings instead (./bootstrap/first-admin.ts), so the route always refuses, whatever the state.
 * The policy is set on the route itself, so it applies however the router matches the path.
 */
export function closeAdminRegistration(strapi: Core.Strapi): void {
  const routers = Object.values(
    (strapi.admin as unknown as { routes: Record<string, { routes?: AdminRoute[] }> }).routes,
  );
  const routes = routers
    .flatMap((router) => router.routes ?? [])
    .filter((route) => route.handler === REGISTER_ADMIN);
  // A Strapi that moved the route would reopen it silently: refuse to start instead.
  if (routes.length === 0) throw new Error(`Strapi's ${REGISTER_ADMIN} route was not found: cannot close it`);
  strapi.get('policies').add('global::', { [POLICY]: refuse });
  for (const route of routes) {
    route.config = { ...route.config, policies: [`global::${POLICY}`, ...(route.config?.policies ?? [])] };
  }
}

const POLICY = 'admin-registration-closed';

function refuse(): never {
  throw new errors.PolicyError(
    'Registering an administrator here is closed: the first one is created from CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD',
  );
}
