import { createLogger, runService } from '@passerelle/kit';
import { readCmsConfig } from './cms-config';
import { startCms } from './start-cms';

void runService('cms', async () => {
  const config = readCmsConfig();
  const logger = createLogger('cms', config.logLevel);
  const cms = await startCms(config);
  if (cms.seeded) logger.info({ documents: cms.seeded }, 'demo content added');
  else if (config.seedDemoData) logger.info('demo content already present');
  logger.info({ api: `${cms.url}/api`, admin: `${cms.url}/admin` }, 'CMS ready');
  return cms;
});
