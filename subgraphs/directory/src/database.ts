import path from 'node:path';
import { createPrismaClient as createKitPrismaClient, prepareDatabase } from '@passerelle/kit';
import { PrismaClient } from './generated/prisma/client';

export type { PrismaClient };

export const migrationsDir = path.join(__dirname, '..', 'prisma', 'migrations');

/** `onQuery` sees every SQL statement sent (tests count them to check batching). */
export function createPrismaClient(databaseUrl: string, onQuery?: (sql: string) => void): PrismaClient {
  return createKitPrismaClient(PrismaClient, databaseUrl, onQuery);
}

/** Creates and migrates the database if needed. */
export async function prepareDirectoryDatabase(databaseUrl: string, setting: string): Promise<PrismaClient> {
  await prepareDatabase(databaseUrl, migrationsDir, setting);
  return createPrismaClient(databaseUrl);
}
