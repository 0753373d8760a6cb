import { readFileSync } from 'node:fs';
import { type ContentUnderTest, startContentForTest } from '@passerelle/content/testing';
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
  /** Strapi and the content subgraph, when the platform was started with them. */
  content?: ContentUnderTest;
  stop(): Promise<void>;
}

export interface TestPlatformOptions {
  gatewayLimits?: { maxDepth: number; maxCost: number };
  /** Also start a real Strapi (with its demo content) and the content subgraph: a few seconds more. */
  withContent?: boolean;
}

/**
 * The whole graph for one test file: each subgraph on its own fresh database (with its demo data)
 * and a free port, and the gateway on the committed supergraph. Without `withContent`, queries
 * must not ask for the CMS's content.
 */
export async function startTestPlatform(
  label: string,
  { gatewayLimits = { maxDepth: 12, maxCost: 20_000 }, withContent = false }: TestPlatformOptions = {},
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
  const content = withContent ? await startContentForTest(`${label}_cms`) : undefined;
  const subgraphUrls: Record<string, string> = {
    governance: governance.url,
    directory: directory.url,
    funding: funding.url,
    ...(content ? { content: content.server.url } : {}),
  };
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
    content,
    async stop() {
      for (const server of [gateway, governance, directory, funding] as RunningServer[]) await server.stop();
      await content?.stop();
      await Promise.all([
        governancePrisma.$disconnect(),
        directoryPrisma.$disconnect(),
        fundingPrisma.$disconnect(),
      ]);
      for (const database of [governanceDatabase, directoryDatabase, fundingDatabase]) await database.drop();
    },
  };
}
