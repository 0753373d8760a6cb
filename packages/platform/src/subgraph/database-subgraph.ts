import { readSubgraphConfig, type SubgraphSecurity } from '../config/subgraph-config';
import type { RunningServer } from '../http/http-server';
import { createLogger } from '../service/logger';
import { runService } from '../service/run-service';
import type { ListenOptions } from './subgraph-server';

/** A subgraph that owns a PostgreSQL database: how to migrate it, seed it and serve it. */
export interface DatabaseSubgraph<Client extends { $disconnect(): Promise<unknown> }> {
  name: string;
  defaultPort: number;
  /** Creates the database if missing, applies the migrations, connects. */
  prepare(databaseUrl: string, databaseSetting: string): Promise<Client>;
  /** Adds the demo data (SEED_DEMO_DATA) and returns how much it added: 0 when it already was there. */
  seedDemoData(prisma: Client): Promise<number>;
  /** Log lines for a seed that added something, and for one that found it all there. */
  seedMessages: { added: string; present: string };
  start(options: ListenOptions & SubgraphSecurity & { prisma: Client }): Promise<RunningServer>;
}

/** A database subgraph's `main`: reads its settings, migrates, seeds when asked, serves. */
export function runDatabaseSubgraph<Client extends { $disconnect(): Promise<unknown> }>(
  subgraph: DatabaseSubgraph<Client>,
): void {
  void runService(subgraph.name, async () => {
    const config = readSubgraphConfig(subgraph.name, subgraph.defaultPort);
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
