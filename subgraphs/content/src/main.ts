import { createLogger, runService } from '@passerelle/kit';
import { readContentConfig } from './config';
import { startContentServer } from './server';

void runService('content', async () => {
  const config = readContentConfig();
  const logger = createLogger('content', config.logLevel);
  return startContentServer({ ...config, logger });
});
