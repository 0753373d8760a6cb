import path from 'node:path';
import { subgraphDatabase } from '@passerelle/platform/prisma';
import { PrismaClient } from './generated/prisma/client';

export type { PrismaClient };

export const {
  migrationsDir,
  /** `onQuery` sees every SQL statement sent (tests count them to check batching). */
  createClient: createPrismaClient,
  /** Creates and migrates the database if needed. */
  prepare: prepareFundingDatabase,
} = subgraphDatabase(PrismaClient, path.join(__dirname, '..', 'prisma', 'migrations'));
