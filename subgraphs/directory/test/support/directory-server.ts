import { createLogger, type RunningServer } from '@passerelle/kit';
import {
  createTestDatabase,
  type GraphQLResponse,
  postGraphQL,
  TEST_AUTH_SECRET,
  type TestDatabase,
} from '@passerelle/kit/testing';
import { createPrismaClient, type PrismaClient, prepareDirectoryDatabase } from '../../src/database';
import { seedDemoPlaces } from '../../src/seed/demo-places';
import { startDirectoryServer } from '../../src/server';

export interface DirectoryUnderTest {
  database: TestDatabase;
  prisma: PrismaClient;
  server: RunningServer;
  /** Every SQL statement the server's client sent since the last reset. */
  sqlQueries: string[];
  query(
    text: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/** A directory subgraph on its own fresh database, with the demo places unless told otherwise. */
export async function startDirectory(
  label: string,
  options: { seed?: boolean; authSecret?: string } = {},
): Promise<DirectoryUnderTest> {
  const database = await createTestDatabase(label);
  const setup = await prepareDirectoryDatabase(database.url, 'test database');
  if (options.seed !== false) await seedDemoPlaces(setup);
  await setup.$disconnect();
  const sqlQueries: string[] = [];
  const prisma = createPrismaClient(database.url, (sql) => sqlQueries.push(sql));
  const server = await startDirectoryServer({
    prisma,
    port: 0,
    logger: createLogger('directory', 'silent'),
    authSecret: TEST_AUTH_SECRET,
  });
  return {
    database,
    prisma,
    server,
    sqlQueries,
    query: (text, variables, headers) => postGraphQL(server.url, text, variables, headers),
    async stop() {
      await server.stop();
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
