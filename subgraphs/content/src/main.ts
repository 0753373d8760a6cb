import { createLogger, runService } from '@passerelle/platform/service';
import { readContentConfig } from './config';
import { startContentServer } from './server';

void runService('content', async () => {
  const config = readContentConfig();
  const logger = createLogger('content', config.logLevel);
  const server = await startContentServer({ ...config, logger });
  // Ready means answering at once: a Strapi that just started takes seconds over its first reads.
  await server.warmUp();
  return server;
});
