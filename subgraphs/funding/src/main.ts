import { createLogger, readSubgraphConfig, runService } from '@passerelle/kit';
import { prepareFundingDatabase } from './database';
import { seedFunding } from './seed/seed-funding';
import { startFundingServer } from './server';

void runService('funding', async () => {
  const config = readSubgraphConfig('funding', 4003);
  const logger = createLogger('funding', config.logLevel);
  const prisma = await prepareFundingDatabase(config.databaseUrl, config.databaseSetting);
  if (config.seedDemoData) {
    const added = await seedFunding(prisma);
    logger.info(
      { added },
      added ? 'funding programmes and campaigns added' : 'funding demo data already present',
    );
  }
  const server = await startFundingServer({
    prisma,
    port: config.port,
    host: config.host,
    logger,
    authSecret: config.authSecret,
  });
  return { ...server, close: () => prisma.$disconnect() };
});
