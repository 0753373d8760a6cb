import type { Core } from '@strapi/strapi';
import { ensureContentApiToken } from './bootstrap/content-api-token';
import { ensureContentWebhook } from './bootstrap/content-webhook';
import { ensureEditingHelp } from './bootstrap/editing-help';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureEditorialRoles } from './bootstrap/roles';
import { registerContentValidation } from './validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentValidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureEditorialRoles(strapi);
    await ensureEditingHelp(strapi);
    await ensureFirstAdmin(strapi);
    await ensureContentApiToken(strapi);
    await ensureContentWebhook(strapi);
  },
};
