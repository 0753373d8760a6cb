import { createLogger, runService } from '@passerelle/platform/service';
import { readCmsConfig } from './cms-config';
import type { FirstAdminCreated } from './first-admin';
import { startCms } from './start-cms';

void runService('cms', async () => {
  const config = readCmsConfig();
  const logger = createLogger('cms', config.logLevel);
  const cms = await startCms(config);
  if (cms.seeded) logger.info({ documents: cms.seeded }, 'demo content added');
  else if (config.seedDemoData) logger.info('demo content already present');
  const adminUrl = `${config.publicUrl ?? cms.url}/admin`;
  if (cms.createdAdmin) {
    logger.info({ email: cms.createdAdmin, admin: adminUrl }, 'first administrator created');
    const created: FirstAdminCreated = { type: 'cms-first-admin-created', email: cms.createdAdmin, adminUrl };
    process.send?.(created);
  }
  logger.info({ api: `${cms.url}/api`, admin: adminUrl }, 'CMS ready');
  return cms;
});
