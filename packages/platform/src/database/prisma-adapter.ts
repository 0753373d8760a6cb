import { PrismaPg } from '@prisma/adapter-pg';
import { ensureDatabase } from './ensure-database';
import { applyMigrations } from './migrate';

/**
 * The pg driver adapter every subgraph's Prisma client uses (Prisma's JS engine: no native binary).
 * `allowExitOnIdle` lets scripts end as soon as their work is done.
 */
export function createPgAdapter(databaseUrl: string, maxConnections = 10): PrismaPg {
  return new PrismaPg({ connectionString: databaseUrl, max: maxConnections, allowExitOnIdle: true });
}

interface QueryLogOption {
  adapter: PrismaPg;
  transactionOptions: { maxWait: number; timeout: number };
  log?: { emit: 'event'; level: 'query' }[];
}

/**
 * How long a transaction may wait for a connection of the pool, and run. Prisma's defaults (2 s
 * and 5 s) failed seeds outright on a busy 2-core machine (a département's seed, 8 inserts, took
 * 10 s with three test platforms starting at once); waiting longer only delays them.
 */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

interface EmitsQueryEvents {
  $on(event: 'query', listener: (event: { query: string }) => void): void;
}

/**
 * Creates a subgraph's generated Prisma client on the pg adapter. `onQuery` sees every SQL
 * statement sent: tests count them to check that references are batched.
 */
export function createPrismaClient<Client>(
  PrismaClient: new (options: QueryLogOption) => Client,
  databaseUrl: string,
  onQuery?: (sql: string) => void,
): Client {
  const adapter = createPgAdapter(databaseUrl);
  const transactionOptions = TRANSACTION_OPTIONS;
  if (!onQuery) return new PrismaClient({ adapter, transactionOptions });
  const client = new PrismaClient({ adapter, transactionOptions, log: [{ emit: 'event', level: 'query' }] });
  (client as unknown as EmitsQueryEvents).$on('query', (event) => onQuery(event.query));
  return client;
}

/**
 * A subgraph's database helpers around its generated Prisma client: `createClient` (with an
 * optional SQL listener for tests) and `prepare`, which creates and migrates the database at start.
 */
export function subgraphDatabase<Client>(
  PrismaClient: new (options: QueryLogOption) => Client,
  migrationsDir: string,
) {
  return {
    migrationsDir,
    createClient: (databaseUrl: string, onQuery?: (sql: string) => void) =>
      createPrismaClient(PrismaClient, databaseUrl, onQuery),
    async prepare(databaseUrl: string, setting: string): Promise<Client> {
      await ensureDatabase(databaseUrl, setting);
      await applyMigrations(databaseUrl, migrationsDir, setting);
      return createPrismaClient(PrismaClient, databaseUrl);
    },
  };
}
