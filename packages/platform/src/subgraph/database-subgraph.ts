import type { GraphQLSchema } from 'graphql';
import { readSubgraphConfig, type SubgraphSecurity } from '../config/subgraph-config';
import type { RunningServer } from '../http/http-server';
import { createLogger } from '../service/logger';
import { runService } from '../service/run-service';
import {
  databaseHealth,
  type ListenOptions,
  type SubgraphRequestContext,
  type SubgraphServerOptions,
  startSubgraphServer,
} from './subgraph-server';

/** What a subgraph's Prisma client must offer the platform. */
export interface DatabaseClient {
  $disconnect(): Promise<unknown>;
}

/**
 * A subgraph that owns a PostgreSQL database, described once: each such package exports one as
 * `subgraph`, and its `main`, its tests, the tests' whole platform and `npm start` use it. Its
 * port and package are in schema/subgraphs.json, under the same name.
 */
export interface DatabaseSubgraph<Client extends DatabaseClient> {
  name: string;
  /** Creates the database if missing, applies the migrations, connects. */
  prepare(databaseUrl: string, databaseSetting: string): Promise<Client>;
  /** A client on a prepared database; `onQuery` sees every SQL statement (tests count them). */
  createClient(databaseUrl: string, onQuery?: (sql: string) => void): Client;
  /** Adds the demo data (SEED_DEMO_DATA) and returns how much it added: 0 when it already was there. */
  seedDemoData(prisma: Client): Promise<number>;
  /** Log lines for a seed that added something, and for one that found it all there. */
  seedMessages: { added: string; present: string };
  start(options: DatabaseServerOptions<Client>): Promise<RunningServer>;
}

/** What a database subgraph's server is started with: where it listens, whom it trusts, its client. */
export type DatabaseServerOptions<Client> = ListenOptions & SubgraphSecurity & { prisma: Client };

type DatabaseRequestContext<Client> = SubgraphRequestContext & { prisma: Client };

/**
 * A database subgraph's server: each request's context holds its client, and /health asks its
 * database; `routes` adds HTTP routes of its own.
 */
export function startDatabaseSubgraphServer<
  Client extends DatabaseClient & Parameters<typeof databaseHealth>[0],
>({
  prisma,
  ...options
}: DatabaseServerOptions<Client> & {
  name: string;
  schema: GraphQLSchema;
  cacheMaxAgeSeconds: number;
  routes?: SubgraphServerOptions<DatabaseRequestContext<Client>>['routes'];
}): Promise<RunningServer> {
  return startSubgraphServer<DatabaseRequestContext<Client>>({
    ...options,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
  });
}

/** Whether a package's `subgraph` export describes a database subgraph (the content subgraph's does not). */
export function isDatabaseSubgraph(value: unknown): value is DatabaseSubgraph<DatabaseClient> {
  const candidate = value as Partial<DatabaseSubgraph<DatabaseClient>> | undefined;
  return typeof candidate?.prepare === 'function' && typeof candidate.start === 'function';
}

/** A database subgraph's `main`: reads its settings, migrates, seeds when asked, serves. */
export function runDatabaseSubgraph<Client extends DatabaseClient>(subgraph: DatabaseSubgraph<Client>): void {
  void runService(subgraph.name, async () => {
    const config = readSubgraphConfig(subgraph.name);
    const logger = createLogger(subgraph.name, config.logLevel);
    const prisma = await subgraph.prepare(config.databaseUrl, config.databaseSetting);
    if (config.seedDemoData) {
      const added = await subgraph.seedDemoData(prisma);
      logger.info({ added }, added ? subgraph.seedMessages.added : subgraph.seedMessages.present);
    }
    const server = await subgraph.start({
      prisma,
      port: config.port,
      host: config.host,
      logger,
      authSecret: config.authSecret,
      gatewaySecret: config.gatewaySecret,
      limits: config.limits,
    });
    return { ...server, close: async () => void (await prisma.$disconnect()) };
  });
}
