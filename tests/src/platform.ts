import { readFileSync } from 'node:fs';
import {
  createPrismaClient as createDirectoryClient,
  prepareDirectoryDatabase,
  seedDemoPlaces,
  startDirectoryServer,
} from '@passerelle/directory';
import { DEFAULT_SUPERGRAPH_PATH, startGateway } from '@passerelle/gateway';
import { prepareGovernanceDatabase, startGovernanceServer } from '@passerelle/governance';
import { createLogger, type RunningServer } from '@passerelle/kit';
import { createTestDatabase, TEST_AUTH_SECRET, type TestDatabase } from '@passerelle/kit/testing';

export interface TestPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  directory: ReturnType<typeof createDirectoryClient>;
  stop(): Promise<void>;
}

/**
 * The whole graph for one test file: each subgraph on its own fresh database and a free port,
 * demo places seeded, and the gateway on the committed supergraph.
 */
export async function startTestPlatform(
  label: string,
  gatewayLimits = { maxDepth: 12, maxCost: 20_000 },
): Promise<TestPlatform> {
  const logger = createLogger('tests', 'silent');
  const databases: TestDatabase[] = [];
  const servers: RunningServer[] = [];
  const closers: (() => Promise<void>)[] = [];

  const governanceDatabase = await createTestDatabase(`${label}_governance`);
  const directoryDatabase = await createTestDatabase(`${label}_directory`);
  databases.push(governanceDatabase, directoryDatabase);

  const [governancePrisma, directoryPrisma] = await Promise.all([
    prepareGovernanceDatabase(governanceDatabase.url, 'test database'),
    prepareDirectoryDatabase(directoryDatabase.url, 'test database'),
  ]);
  closers.push(
    () => governancePrisma.$disconnect(),
    () => directoryPrisma.$disconnect(),
  );
  await seedDemoPlaces(directoryPrisma);

  const governance = await startGovernanceServer({
    prisma: governancePrisma,
    port: 0,
    logger,
    authSecret: TEST_AUTH_SECRET,
  });
  const directory = await startDirectoryServer({
    prisma: directoryPrisma,
    port: 0,
    logger,
    authSecret: TEST_AUTH_SECRET,
  });
  servers.push(governance, directory);
  const subgraphUrls = { governance: governance.url, directory: directory.url };
  const gateway = await startGateway({
    supergraphSdl: readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    port: 0,
    host: undefined,
    logger,
    limits: gatewayLimits,
    bodyLimit: '100kb',
    queryPlanCacheMiB: 10,
  });
  servers.unshift(gateway);

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    directory: directoryPrisma,
    async stop() {
      for (const server of servers) await server.stop();
      for (const close of closers) await close();
      for (const database of databases) await database.drop();
    },
  };
}
