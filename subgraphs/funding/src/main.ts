import { runDatabaseSubgraph } from '@passerelle/platform/subgraph';
import { prepareFundingDatabase } from './database';
import { seedFunding } from './seed/seed-funding';
import { startFundingServer } from './server';

runDatabaseSubgraph({
  name: 'funding',
  defaultPort: 4003,
  prepare: prepareFundingDatabase,
  seedDemoData: seedFunding,
  seedMessages: {
    added: 'funding programmes and campaigns added',
    present: 'funding demo data already present',
  },
  start: startFundingServer,
});
