import type { SubgraphSecurity } from '../config/subgraph-config';
import type { RunningServer } from '../http/http-server';
import type { OperationLimits } from '../http/operation-guard-plugin';
import { createLogger, type Logger } from '../service/logger';
import { TEST_SUBGRAPH_SECURITY } from './auth';
import { type GraphQLResponse, postToSubgraph } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';

interface PrismaLike {
  $disconnect(): Promise<void>;
}

export interface SubgraphUnderTest<Client extends PrismaLike> {
  database: TestDatabase;
  /** The server's client: its SQL statements are recorded in `sqlQueries`. */
  prisma: Client;
  server: RunningServer;
  sqlQueries: string[];
  query(
    text: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export interface SubgraphTestOptions<Client extends PrismaLike> {
  /** Names the test database. */
  label: string;
  prepare(databaseUrl: string, setting: string): Promise<Client>;
  createClient(databaseUrl: string, onQuery: (sql: string) => void): Client;
  start(options: SubgraphSecurity & { prisma: Client; port: number; logger: Logger }): Promise<RunningServer>;
  /** Operation limits other than the production defaults (a batching test asking for a lot at once). */
  limits?: OperationLimits;
  /** Demo data to add before the server starts. */
  seed?(prisma: Client): Promise<unknown>;
}

/**
 * One subgraph for a test file: its own fresh database, migrated (and seeded), a server on a free
 * port whose SQL is counted, and a way to query it over real HTTP.
 */
export async function startSubgraphForTest<Client extends PrismaLike>(
  options: SubgraphTestOptions<Client>,
): Promise<SubgraphUnderTest<Client>> {
  const database = await createTestDatabase(options.label);
  const setup = await options.prepare(database.url, 'test database');
  await options.seed?.(setup);
  await setup.$disconnect();
  const sqlQueries: string[] = [];
  const prisma = options.createClient(database.url, (sql) => sqlQueries.push(sql));
  const server = await options.start({
    prisma,
    port: 0,
    logger: createLogger(options.label, 'silent'),
    ...TEST_SUBGRAPH_SECURITY,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    database,
    prisma,
    server,
    sqlQueries,
    query: (text, variables, headers) => postToSubgraph(server.url, text, variables, headers),
    async stop() {
      await server.stop();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
