import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from 'pg';
import { connect } from './ensure-database';

/**
 * Applies the committed Prisma migrations (`prisma/migrations/<name>/migration.sql`) in order.
 *
 * Prisma's own `migrate deploy` runs a WebAssembly schema engine that needs a patched driver
 * adapter here and idles for a minute after finishing; this runner does the same job in
 * milliseconds. It records migrations in Prisma's `_prisma_migrations` table, with the same
 * checksums, so `prisma migrate status` stays truthful. Each migration runs in its own
 * transaction, under an advisory lock so that replicas starting together apply it once.
 */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir: string,
  setting: string,
): Promise<string[]> {
  const client = await connect(databaseUrl, setting);
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['passerelle:migrations']);
    await createMigrationsTable(client);
    const applied = await appliedChecksums(client);
    const newlyApplied: string[] = [];
    for (const migration of await readMigrations(migrationsDir)) {
      const appliedChecksum = applied.get(migration.name);
      if (appliedChecksum !== undefined) {
        if (appliedChecksum !== migration.checksum) {
          throw new Error(`migration ${migration.name} was modified after it was applied; restore it`);
        }
        continue;
      }
      await applyMigration(client, migration);
      newlyApplied.push(migration.name);
    }
    return newlyApplied;
  } finally {
    await client.end();
  }
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

async function createMigrationsTable(client: Client): Promise<void> {
  // Prisma's own definition of the table.
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
}

async function appliedChecksums(client: Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}

async function applyMigration(client: Client, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${migration.name} failed: ${reason}`);
  }
}
