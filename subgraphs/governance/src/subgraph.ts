import type { DatabaseSubgraph } from '@passerelle/platform/subgraph';
import { createPrismaClient, type PrismaClient, prepareGovernanceDatabase } from './database';
import { seedDemoGovernances } from './seed/demo-governances';
import { startGovernanceServer } from './server';

/** The governance subgraph (territories, governances and their road maps), as its main, its tests, the tests' platform and npm start use it. */
export const subgraph: DatabaseSubgraph<PrismaClient> = {
  name: 'governance',
  prepare: prepareGovernanceDatabase,
  createClient: createPrismaClient,
  seedDemoData: seedDemoGovernances,
  seedMessages: { added: 'demo governances added', present: 'demo governances already present' },
  start: startGovernanceServer,
};
