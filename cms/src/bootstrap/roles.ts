import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES } from './editorial-types';

/**
 * The admin panel's Editor and Author roles, as Passerelle wants them on the editorial types:
 * editors create, edit, publish and delete anyone's content; authors create and edit their own
 * drafts and cannot publish. Strapi sets these roles up only for the types that exist at its very
 * first start, so they are brought in line with the current types at every start. Permissions on
 * other subjects (media library, settings) are left as administrators set them.
 */

const PUBLISH = 'plugin::content-manager.explorer.publish';
const IS_CREATOR = 'admin::is-creator';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

interface AdminServices {
  role: {
    findOne(where: { code: string }): Promise<{ id: number } | null>;
    assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  };
  permission: {
    actionProvider: { values(): { section: string; actionId: string; subjects?: string[] }[] };
    findMany(query: { where: { role: { id: number } } }): Promise<Permission[]>;
  };
  contentType: {
    getPermissionsWithNestedFields(actions: unknown[]): Permission[];
  };
}

function adminServices(strapi: Core.Strapi): AdminServices {
  return {
    role: strapi.service('admin::role') as unknown as AdminServices['role'],
    permission: strapi.service('admin::permission') as unknown as AdminServices['permission'],
    contentType: strapi.service('admin::content-type') as unknown as AdminServices['contentType'],
  };
}

const isEditorial = (permission: Permission) =>
  (EDITORIAL_TYPES as readonly string[]).includes(permission.subject ?? '');

function withoutIds({ action, subject, properties, conditions }: Permission): Permission {
  return { action, subject: subject ?? null, properties: properties ?? {}, conditions: conditions ?? [] };
}

export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const services = adminServices(strapi);
  const contentTypeActions = services.permission.actionProvider
    .values()
    .filter((action) => action.section === 'contentTypes');
  const editorial = services.contentType
    .getPermissionsWithNestedFields(contentTypeActions)
    .filter(isEditorial);
  const policies = {
    'strapi-editor': editorial,
    'strapi-author': editorial
      .filter((permission) => permission.action !== PUBLISH)
      .map((permission) => ({ ...permission, conditions: [IS_CREATOR] })),
  };
  for (const [code, wanted] of Object.entries(policies)) {
    const role = await services.role.findOne({ code });
    if (!role) continue;
    const current = await services.permission.findMany({ where: { role: { id: role.id } } });
    const others = current.filter((permission) => !isEditorial(permission)).map(withoutIds);
    await services.role.assignPermissions(role.id, [...others, ...wanted.map(withoutIds)]);
  }
}
