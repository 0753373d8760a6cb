import { createLogger, readSubgraphConfig, runService } from '@passerelle/kit';
import { prepareGovernanceDatabase } from './database';
import { seedDemoGovernances } from './seed/demo-governances';
import { startGovernanceServer } from './server';

void runService('governance', async () => {
  const config = readSubgraphConfig('governance', 4001);
  const logger = createLogger('governance', config.logLevel);
  const prisma = await prepareGovernanceDatabase(config.databaseUrl, config.databaseSetting);
  if (config.seedDemoData) {
    const added = await seedDemoGovernances(prisma);
    logger.info({ added }, added ? 'demo governances added' : 'demo governances already present');
  }
  const server = await startGovernanceServer({
    prisma,
    port: config.port,
    host: config.host,
    logger,
    authSecret: config.authSecret,
  });
  return { ...server, close: () => prisma.$disconnect() };
});
