import path from 'node:path';
import { DEFAULT_PORTS, dataDir, logLevel, port, readConfig } from '@passerelle/platform/config';
import { startEmbeddedPostgres } from '@passerelle/platform/embedded-postgres';
import { createLogger, runService } from '@passerelle/platform/service';

/**
 * The embedded PostgreSQL server of `npm start`, run as its own process so the launcher can stop
 * it after the services that use it. Data and generated password live under DATA_DIR/.
 */
void runService('postgres', async () => {
  const config = readConfig({
    EMBEDDED_POSTGRES_PORT: port(DEFAULT_PORTS.embeddedPostgres),
    LOG_LEVEL: logLevel,
  });
  const logger = createLogger('postgres', config.LOG_LEVEL);
  const postgresDir = path.join(dataDir(), 'postgres');
  const server = await startEmbeddedPostgres({
    dataDir: postgresDir,
    port: config.EMBEDDED_POSTGRES_PORT,
    portSetting: 'EMBEDDED_POSTGRES_PORT',
    persistent: true,
    onLog: (line) => logger.debug(line),
  });
  logger.info({ port: config.EMBEDDED_POSTGRES_PORT, dataDir: postgresDir }, 'embedded PostgreSQL ready');
  return { url: server.url, port: config.EMBEDDED_POSTGRES_PORT, stop: server.stop };
});
