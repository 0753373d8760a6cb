import { createLogger, runService } from '@passerelle/platform/service';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

void runService('gateway', async () => {
  const config = readGatewayConfig();
  return startGateway({ ...config, logger: createLogger('gateway', config.logLevel) });
});
