import { type ContentUnderTest, startContentForTest } from '@passerelle/content/testing';
import type { PrismaClient as DirectoryClient } from '@passerelle/directory';
import type { PrismaClient as FundingClient } from '@passerelle/funding';
import { type GatewayOptions, readGatewayConfig, startGateway } from '@passerelle/gateway';
import type { PrismaClient as GovernanceClient } from '@passerelle/governance';
import { composedSubgraphs, readChangeSettings } from '@passerelle/platform/config';
import type { RunningServer } from '@passerelle/platform/http';
import { createLogger } from '@passerelle/platform/service';
import {
  type DatabaseClient,
  type DatabaseSubgraph,
  isDatabaseSubgraph,
} from '@passerelle/platform/subgraph';
import {
  createTestDatabase,
  freePort,
  TEST_SUBGRAPH_SECURITY,
  type TestDatabase,
} from '@passerelle/platform/testing';

/** The database clients the cross-service tests read or write, by subgraph name. */
export interface DatabaseClients {
  directory: DirectoryClient;
  governance: GovernanceClient;
  funding: FundingClient;
}

export interface TestPlatform {
  gatewayUrl: string;
  /** The gateway's own database (portals and keys), for more gateways or the portal CLI. */
  gatewayDatabaseUrl: string;
  subgraphUrls: Record<string, string>;
  /** Each database subgraph's Prisma client, on the database its server uses. */
  prisma: DatabaseClients;
  /** Each database subgraph's database URL, for the command-line tools. */
  databaseUrls: Record<string, string>;
  /** Strapi and the content subgraph, when the platform was started with them. */
  content?: ContentUnderTest;
  stop(): Promise<void>;
}

export interface TestPlatformOptions {
  /** Also start a real Strapi (with its demo content) and the content subgraph: a few seconds more. */
  withContent?: boolean;
  /**
   * Settings of the gateway (any of README's table). Its response cache is off unless
   * RESPONSE_CACHE_ENABLED says otherwise: other tests change data behind its back.
   */
  gatewayEnv?: NodeJS.ProcessEnv;
}

/**
 * A gateway with its production defaults, on the committed supergraph, in front of these
 * subgraphs; rate limits are out of the way unless `env` sets them, as it may set any setting.
 */
export function gatewayOptionsForTest(
  subgraphUrls: Record<string, string>,
  gatewayDatabaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): GatewayOptions {
  const { logLevel: _, ...defaults } = readGatewayConfig({
    AUTH_SECRET: TEST_SUBGRAPH_SECURITY.authSecret,
    GATEWAY_SECRET: TEST_SUBGRAPH_SECURITY.gatewaySecret,
    GATEWAY_DATABASE_URL: gatewayDatabaseUrl,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '1000000',
    RATE_LIMIT_KEY_PER_MINUTE: '1000000',
    RESPONSE_CACHE_ENABLED: 'false',
    ...env,
  });
  return { ...defaults, port: 0, host: undefined, subgraphUrls, logger: createLogger('tests', 'silent') };
}

/** The `subgraph` descriptor of every database subgraph schema/subgraphs.json composes. */
function databaseSubgraphs(): DatabaseSubgraph<DatabaseClient>[] {
  return composedSubgraphs().flatMap(({ package: packageName }) => {
    const { subgraph } = require(packageName) as { subgraph?: unknown };
    return isDatabaseSubgraph(subgraph) ? [subgraph] : [];
  });
}

/**
 * The whole graph for one test file: each database subgraph on its own fresh database (with its
 * demo data) and a free port, and the gateway on the committed supergraph. The content subgraph,
 * which needs a Strapi, only `withContent`; without it, queries must not ask for the CMS's content.
 */
export async function startTestPlatform(
  label: string,
  { withContent = false, gatewayEnv = {} }: TestPlatformOptions = {},
): Promise<TestPlatform> {
  const logger = createLogger('tests', 'silent');
  const started: { database: TestDatabase; prisma: DatabaseClient; server: RunningServer }[] = [];
  const clients: Record<string, DatabaseClient> = {};
  const subgraphUrls: Record<string, string> = {};
  const databaseUrls: Record<string, string> = {};
  // One after the other: each migration and seed holds transactions, and the others' JavaScript
  // work in this same process would keep them idle past their timeout on a busy machine.
  for (const subgraph of databaseSubgraphs()) {
    const database = await createTestDatabase(`${label}_${subgraph.name}`);
    const prisma = await subgraph.prepare(database.url, 'test database');
    await subgraph.seedDemoData(prisma);
    const server = await subgraph.start({ prisma, port: 0, logger, ...TEST_SUBGRAPH_SECURITY });
    started.push({ database, prisma, server });
    clients[subgraph.name] = prisma;
    subgraphUrls[subgraph.name] = server.url;
    databaseUrls[subgraph.name] = database.url;
  }
  // Chosen first, so that the content subgraph can tell the gateway's cache what changed.
  const gatewayPort = await freePort();
  const changes = readChangeSettings({ ...gatewayEnv, GATEWAY_URL: `http://127.0.0.1:${gatewayPort}` });
  const content = withContent ? await startContentForTest(`${label}_cms`, changes) : undefined;
  if (content) subgraphUrls.content = content.server.url;
  const gatewayDatabase = await createTestDatabase(`${label}_gateway`);
  const gateway = await startGateway({
    ...gatewayOptionsForTest(subgraphUrls, gatewayDatabase.url, gatewayEnv),
    port: gatewayPort,
  });

  return {
    gatewayUrl: gateway.url,
    gatewayDatabaseUrl: gatewayDatabase.url,
    subgraphUrls,
    prisma: clients as unknown as DatabaseClients,
    databaseUrls,
    content,
    async stop() {
      await gateway.stop();
      for (const { server } of started) await server.stop();
      await content?.stop();
      await Promise.all(started.map(({ prisma }) => prisma.$disconnect()));
      for (const { database } of started) await database.drop();
      await gatewayDatabase.drop();
    },
  };
}
