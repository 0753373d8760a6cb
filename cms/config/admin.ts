import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { derivedSecret } from '../src/settings';

/** `npm run cms:build` puts the admin panel in dist/build; until then Strapi runs headless. */
const adminPanelBuilt = existsSync(path.join(__dirname, '..', 'build', 'index.html'));

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  serveAdminPanel: env.bool('CMS_SERVE_ADMIN', adminPanelBuilt),
  autoOpen: false,
  auth: { secret: derivedSecret('admin-jwt') },
  apiToken: { salt: derivedSecret('api-token-salt') },
  transfer: { token: { salt: derivedSecret('transfer-token-salt') } },
  secrets: { encryptionKey: derivedSecret('encryption-key') },
  flags: { nps: false, promoteEE: false },
});
