import { readFileSync } from 'node:fs';
import { type ContentUnderTest, startContentForTest } from '@passerelle/content/testing';
import {
  createPrismaClient as createDirectoryClient,
  prepareDirectoryDatabase,
  seedDemoPlaces,
  startDirectoryServer,
} from '@passerelle/directory';
import { prepareFundingDatabase, seedFunding, startFundingServer } from '@passerelle/funding';
import { DEFAULT_SUPERGRAPH_PATH, type GatewayOptions, startGateway } from '@passerelle/gateway';
import {
  prepareGovernanceDatabase,
  seedDemoGovernances,
  startGovernanceServer,
} from '@passerelle/governance';
import {
  DEFAULT_OPERATION_LIMITS,
  type OperationLimits,
  type RunningServer,
} from '@passerelle/platform/http';
import { createLogger } from '@passerelle/platform/service';
import { createTestDatabase, TEST_SUBGRAPH_SECURITY } from '@passerelle/platform/testing';

export interface TestPlatform {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  directory: ReturnType<typeof createDirectoryClient>;
  governance: Awaited<ReturnType<typeof prepareGovernanceDatabase>>;
  funding: Awaited<ReturnType<typeof prepareFundingDatabase>>;
  /** Strapi and the content subgraph, when the platform was started with them. */
  content?: ContentUnderTest;
  stop(): Promise<void>;
}

export interface TestPlatformOptions {
  gatewayLimits?: OperationLimits;
  /** Also start a real Strapi (with its demo content) and the content subgraph: a few seconds more. */
  withContent?: boolean;
}

/** A gateway on the committed supergraph in front of these subgraphs, with the tests' secrets. */
export function gatewayOptionsForTest(subgraphUrls: Record<string, string>): GatewayOptions {
  return {
    supergraphSdl: readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    port: 0,
    host: undefined,
    logger: createLogger('tests', 'silent'),
    limits: DEFAULT_OPERATION_LIMITS,
    bodyLimit: '100kb',
    queryPlanCacheMiB: 10,
    authSecret: TEST_SUBGRAPH_SECURITY.authSecret,
    gatewaySecret: TEST_SUBGRAPH_SECURITY.gatewaySecret,
    subgraphTimeoutMs: 3000,
  };
}

/**
 * The whole graph for one test file: each subgraph on its own fresh database (with its demo data)
 * and a free port, and the gateway on the committed supergraph. Without `withContent`, queries
 * must not ask for the CMS's content.
 */
export async function startTestPlatform(
  label: string,
  { gatewayLimits = DEFAULT_OPERATION_LIMITS, withContent = false }: TestPlatformOptions = {},
): Promise<TestPlatform> {
  const logger = createLogger('tests', 'silent');
  const [governanceDatabase, directoryDatabase, fundingDatabase] = await Promise.all([
    createTestDatabase(`${label}_governance`),
    createTestDatabase(`${label}_directory`),
    createTestDatabase(`${label}_funding`),
  ]);
  // One after the other: each migration and seed holds transactions, and the others' JavaScript
  // work in this same process would keep them idle past their timeout on a busy machine.
  const governancePrisma = await prepareGovernanceDatabase(governanceDatabase.url, 'test database');
  await seedDemoGovernances(governancePrisma);
  const directoryPrisma = await prepareDirectoryDatabase(directoryDatabase.url, 'test database');
  await seedDemoPlaces(directoryPrisma);
  const fundingPrisma = await prepareFundingDatabase(fundingDatabase.url, 'test database');
  await seedFunding(fundingPrisma);

  const common = { port: 0, logger, ...TEST_SUBGRAPH_SECURITY };
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
  const gateway = await startGateway({ ...gatewayOptionsForTest(subgraphUrls), limits: gatewayLimits });

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    directory: directoryPrisma,
    governance: governancePrisma,
    funding: fundingPrisma,
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
