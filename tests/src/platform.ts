import { readFileSync } from 'node:fs';
import {
  createPrismaClient as createDirectoryClient,
  prepareDirectoryDatabase,
  seedDemoPlaces,
  startDirectoryServer,
} from '@passerelle/directory';
import { prepareFundingDatabase, seedFunding, startFundingServer } from '@passerelle/funding';
import { DEFAULT_SUPERGRAPH_PATH, startGateway } from '@passerelle/gateway';
import {
  prepareGovernanceDatabase,
  seedDemoGovernances,
  startGovernanceServer,
} from '@passerelle/governance';
import { createLogger, type RunningServer } from '@passerelle/kit';
import { createTestDatabase, TEST_AUTH_SECRET } from '@passerelle/kit/testing';

export interface TestPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  directory: ReturnType<typeof createDirectoryClient>;
  stop(): Promise<void>;
}

/**
 * The whole graph for one test file: each subgraph on its own fresh database (with its demo data)
 * and a free port, and the gateway on the committed supergraph.
 */
export async function startTestPlatform(
  label: string,
  gatewayLimits = { maxDepth: 12, maxCost: 20_000 },
): Promise<TestPlatform> {
  const logger = createLogger('tests', 'silent');
  const [governanceDatabase, directoryDatabase, fundingDatabase] = await Promise.all([
    createTestDatabase(`${label}_governance`),
    createTestDatabase(`${label}_directory`),
    createTestDatabase(`${label}_funding`),
  ]);
  const [governancePrisma, directoryPrisma, fundingPrisma] = await Promise.all([
    prepareGovernanceDatabase(governanceDatabase.url, 'test database'),
    prepareDirectoryDatabase(directoryDatabase.url, 'test database'),
    prepareFundingDatabase(fundingDatabase.url, 'test database'),
  ]);
  await Promise.all([
    seedDemoGovernances(governancePrisma),
    seedDemoPlaces(directoryPrisma),
    seedFunding(fundingPrisma),
  ]);

  const common = { port: 0, logger, authSecret: TEST_AUTH_SECRET };
  const governance = await startGovernanceServer({ prisma: governancePrisma, ...common });
  const directory = await startDirectoryServer({ prisma: directoryPrisma, ...common });
  const funding = await startFundingServer({ prisma: fundingPrisma, ...common });
  const subgraphUrls = { governance: governance.url, directory: directory.url, funding: funding.url };
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

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    directory: directoryPrisma,
    async stop() {
      for (const server of [gateway, governance, directory, funding] as RunningServer[]) await server.stop();
      await Promise.all([
        governancePrisma.$disconnect(),
        directoryPrisma.$disconnect(),
        fundingPrisma.$disconnect(),
      ]);
      for (const database of [governanceDatabase, directoryDatabase, fundingDatabase]) await database.drop();
    },
  };
}
