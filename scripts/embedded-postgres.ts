import path from 'node:path';
import { createLogger, logLevel, port, readConfig, runService } from '@passerelle/kit';
import { startEmbeddedPostgres } from '@passerelle/kit/embedded-postgres';
import { z } from 'zod';

/**
 * The embedded PostgreSQL server of `npm start`, run as its own process so the launcher can stop
 * it after the services that use it. Data and generated password live under DATA_DIR/.
 */
void runService('postgres', async () => {
  const config = readConfig({
    EMBEDDED_POSTGRES_PORT: port(54320),
    DATA_DIR: z.string().default('.data'),
    LOG_LEVEL: logLevel,
  });
  const logger = createLogger('postgres', config.LOG_LEVEL);
  const dataDir = path.resolve(__dirname, '..', config.DATA_DIR, 'postgres');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: config.EMBEDDED_POSTGRES_PORT,
    portSetting: 'EMBEDDED_POSTGRES_PORT',
    persistent: true,
    onLog: (line) => logger.debug(line),
  });
  logger.info({ port: config.EMBEDDED_POSTGRES_PORT, dataDir }, 'embedded PostgreSQL ready');
  return { url: server.url, port: config.EMBEDDED_POSTGRES_PORT, stop: server.stop };
});
