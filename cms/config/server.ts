import type { Core } from '@strapi/strapi';
import { derivedSecret } from '../src/settings';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // The runtime listens itself (a free port in tests); these are Strapi's defaults for its own CLI.
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  app: { keys: [derivedSecret('app-key-1'), derivedSecret('app-key-2')] },
  dirs: { public: env('CMS_PUBLIC_DIR', 'public') },
  logger: {
    updates: { enabled: false },
    startup: { enabled: false },
    config: { level: env('CMS_LOG_LEVEL', 'info'), silent: env.bool('CMS_LOG_SILENT', false) },
  },
  webhooks: { populateRelations: false },
});
