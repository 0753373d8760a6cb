import { createLogger, runService } from '@passerelle/platform/service';
import { readGatewayConfig } from './config';

void runService('gateway', async () => {
  const { otlpEndpoint, ...config } = readGatewayConfig();
  // Loaded only when asked for (the default start pays nothing), and before the server's modules:
  // it instruments http and express as they are loaded.
  const stopTracing = otlpEndpoint
    ? (require('./observability/tracing') as typeof import('./observability/tracing')).startTracing('gateway')
    : undefined;
  const { startGateway } = require('./server') as typeof import('./server');
  const gateway = await startGateway({ ...config, logger: createLogger('gateway', config.logLevel) });
  return { ...gateway, close: stopTracing };
});
