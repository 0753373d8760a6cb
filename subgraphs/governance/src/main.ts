import { runDatabaseSubgraph } from '@passerelle/platform/subgraph';
import { prepareGovernanceDatabase } from './database';
import { seedDemoGovernances } from './seed/demo-governances';
import { startGovernanceServer } from './server';

runDatabaseSubgraph({
  name: 'governance',
  defaultPort: 4001,
  prepare: prepareGovernanceDatabase,
  seedDemoData: seedDemoGovernances,
  seedMessages: { added: 'demo governances added', present: 'demo governances already present' },
  start: startGovernanceServer,
});
