import type { RunningServer } from '../http/http-server';
import type { OperationLimits } from '../http/operation-guard-plugin';
import { createLogger } from '../service/logger';
import type { DatabaseClient, DatabaseSubgraph } from '../subgraph/database-subgraph';
import { TEST_SUBGRAPH_SECURITY } from './auth';
import { type GraphQLResponse, postToSubgraph } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface SubgraphUnderTest<Client extends DatabaseClient> {
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

export interface SubgraphTestOptions {
  /** Names the test database. */
  label: string;
  /** Whether to add the subgraph's demo data before the server starts (yes unless told otherwise). */
  seed?: boolean;
  /** Operation limits other than the production defaults (a batching test asking for a lot at once). */
  limits?: OperationLimits;
}

/**
 * One subgraph for a test file: its own fresh database, migrated (and seeded), a server on a free
 * port whose SQL is counted, and a way to query it over real HTTP.
 */
export async function startSubgraphForTest<Client extends DatabaseClient>(
  subgraph: DatabaseSubgraph<Client>,
  options: SubgraphTestOptions,
): Promise<SubgraphUnderTest<Client>> {
  const database = await createTestDatabase(options.label);
  const setup = await subgraph.prepare(database.url, 'test database');
  if (options.seed !== false) await subgraph.seedDemoData(setup);
  await setup.$disconnect();
  const sqlQueries: string[] = [];
  const prisma = subgraph.createClient(database.url, (sql) => sqlQueries.push(sql));
  const server = await subgraph.start({
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
