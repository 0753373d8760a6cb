import type { Core } from '@strapi/strapi';
import { closeAdminRegistration } from './admin-registration';
import { ensureContentApiToken } from './bootstrap/content-api-token';
import { ensureContentWebhook } from './bootstrap/content-webhook';
import { ensureEditingHelp } from './bootstrap/editing-help';
import { ensureEditorialRoles } from './bootstrap/roles';
import { registerContentValidation } from './validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    closeAdminRegistration(strapi);
    registerContentValidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureEditorialRoles(strapi);
    await ensureEditingHelp(strapi);
    await ensureContentApiToken(strapi);
    await ensureContentWebhook(strapi);
  },
};
