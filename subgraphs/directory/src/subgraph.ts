import type { DatabaseSubgraph } from '@passerelle/platform/subgraph';
import { createPrismaClient, type PrismaClient, prepareDirectoryDatabase } from './database';
import { seedDemoPlaces } from './seed/demo-places';
import { startDirectoryServer } from './server';

/** The directory subgraph (places of digital mediation), as its main, its tests, the tests' platform and npm start use it. */
export const subgraph: DatabaseSubgraph<PrismaClient> = {
  name: 'directory',
  prepare: prepareDirectoryDatabase,
  createClient: createPrismaClient,
  seedDemoData: seedDemoPlaces,
  seedMessages: { added: 'demo places added', present: 'demo places already present' },
  start: startDirectoryServer,
};
