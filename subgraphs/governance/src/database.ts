import path from 'node:path';
import { subgraphDatabase } from '@passerelle/platform/prisma';
import { PrismaClient } from './generated/prisma/client';
import { loadTerritories } from './territories/load-territories';

export type { PrismaClient };

const database = subgraphDatabase(PrismaClient, path.join(__dirname, '..', 'prisma', 'migrations'));

export const { migrationsDir, createClient: createPrismaClient } = database;

/**
 * Creates and migrates the database if needed, then loads the territorial referential when the
 * files changed since the last load.
 */
export async function prepareGovernanceDatabase(databaseUrl: string, setting: string): Promise<PrismaClient> {
  const prisma = await database.prepare(databaseUrl, setting);
  await loadTerritories(prisma);
  return prisma;
}
