import type { Core } from '@strapi/strapi';

/** The first administrator's e-mail when CMS_ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@passerelle.localhost';

export interface FirstAdmin {
  email: string;
  password: string;
}

/** Sent to `npm start` when this start created the first administrator, so it can say so once. */
export interface FirstAdminCreated {
  type: 'cms-first-admin-created';
  email: string;
  adminUrl: string;
}

export const isFirstAdminCreated = (message: unknown): message is FirstAdminCreated =>
  (message as FirstAdminCreated | null)?.type === 'cms-first-admin-created';

interface AdminUserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: {
    email: string;
    password: string;
    firstname: string;
    lastname: string;
  }): Promise<unknown>;
}

/**
 * Creates the first administrator (a super admin) from the settings while there is none; returns
 * its e-mail when it did. Registering one in the admin panel is closed (src/admin-registration.ts):
 * with no settings, the log says how to create one.
 */
export async function ensureFirstAdmin(
  strapi: Core.Strapi,
  firstAdmin: FirstAdmin | undefined,
): Promise<string | undefined> {
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return undefined;
  if (!firstAdmin) {
    strapi.log.warn(
      `No administrator yet, and registering one in the admin panel is closed: set CMS_ADMIN_EMAIL (default ${DEFAULT_ADMIN_EMAIL}) and CMS_ADMIN_PASSWORD, then restart (npm start generates the password).`,
    );
    return undefined;
  }
  try {
    await users.createFirstAdmin({ ...firstAdmin, firstname: 'Admin', lastname: 'Passerelle' });
  } catch (error) {
    // Another replica starting at the same time created it first.
    if (await users.exists()) return undefined;
    throw error;
  }
  return firstAdmin.email;
}
