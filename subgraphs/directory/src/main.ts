import { createLogger, readSubgraphConfig, runService } from '@passerelle/kit';
import { prepareDirectoryDatabase } from './database';
import { seedDemoPlaces } from './seed/demo-places';
import { startDirectoryServer } from './server';

void runService('directory', async () => {
  const config = readSubgraphConfig('directory', 4002);
  const logger = createLogger('directory', config.logLevel);
  const prisma = await prepareDirectoryDatabase(config.databaseUrl, config.databaseSetting);
  if (config.seedDemoData) {
    const added = await seedDemoPlaces(prisma);
    logger.info({ added }, added ? 'demo places added' : 'demo places already present');
  }
  const server = await startDirectoryServer({
    prisma,
    port: config.port,
    host: config.host,
    logger,
    authSecret: config.authSecret,
  });
  return { ...server, close: () => prisma.$disconnect() };
});
