import type { DatabaseSubgraph } from '@passerelle/platform/subgraph';
import { createPrismaClient, type PrismaClient, prepareFundingDatabase } from './database';
import { seedFunding } from './seed/seed-funding';
import { startFundingServer } from './server';

/** The funding subgraph (funders, funding programmes and Pass numérique campaigns), as its main, its tests, the tests' platform and npm start use it. */
export const subgraph: DatabaseSubgraph<PrismaClient> = {
  name: 'funding',
  prepare: prepareFundingDatabase,
  createClient: createPrismaClient,
  seedDemoData: seedFunding,
  seedMessages: {
    added: 'funding programmes and campaigns added',
    present: 'funding demo data already present',
  },
  start: startFundingServer,
};
