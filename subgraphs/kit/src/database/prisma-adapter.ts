import { PrismaPg } from '@prisma/adapter-pg';

/**
 * The pg driver adapter every subgraph's Prisma client uses (Prisma's JS engine: no native binary).
 * `allowExitOnIdle` lets scripts end as soon as their work is done.
 */
export function createPgAdapter(databaseUrl: string, maxConnections = 10): PrismaPg {
  return new PrismaPg({ connectionString: databaseUrl, max: maxConnections, allowExitOnIdle: true });
}
