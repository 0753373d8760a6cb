import type { Core } from '@strapi/strapi';

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
 * The first administrator, from CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD when they are set;
 * otherwise the log says how to create one. Nothing happens once an administrator exists.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) return;
  const email = process.env.CMS_ADMIN_EMAIL;
  const password = process.env.CMS_ADMIN_PASSWORD;
  if (email && password) {
    await users.createFirstAdmin({
      email: email.toLowerCase(),
      password,
      firstname: 'Admin',
      lastname: 'Passerelle',
    });
    strapi.log.info(`First administrator created: ${email}`);
    return;
  }
  strapi.log.warn(
    'No administrator yet: set CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD and restart, or build the admin panel (npm run cms:build) and register at /admin.',
  );
}
