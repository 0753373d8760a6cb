import { type SubgraphUnderTest, startSubgraphForTest } from '@passerelle/platform/testing';
import { createPrismaClient, type PrismaClient, prepareDirectoryDatabase } from '../../src/database';
import { seedDemoPlaces } from '../../src/seed/demo-places';
import { startDirectoryServer } from '../../src/server';

export type DirectoryUnderTest = SubgraphUnderTest<PrismaClient>;

/** A directory subgraph on its own fresh database, with the demo places unless told otherwise. */
export function startDirectory(label: string, options: { seed?: boolean } = {}): Promise<DirectoryUnderTest> {
  return startSubgraphForTest({
    label,
    prepare: prepareDirectoryDatabase,
    createClient: createPrismaClient,
    start: startDirectoryServer,
    ...(options.seed === false ? {} : { seed: (prisma: PrismaClient) => seedDemoPlaces(prisma) }),
  });
}
