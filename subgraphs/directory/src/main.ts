import { runDatabaseSubgraph } from '@passerelle/platform/subgraph';
import { prepareDirectoryDatabase } from './database';
import { seedDemoPlaces } from './seed/demo-places';
import { startDirectoryServer } from './server';

runDatabaseSubgraph({
  name: 'directory',
  defaultPort: 4002,
  prepare: prepareDirectoryDatabase,
  seedDemoData: seedDemoPlaces,
  seedMessages: { added: 'demo places added', present: 'demo places already present' },
  start: startDirectoryServer,
});
