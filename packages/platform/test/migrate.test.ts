import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations } from '../src/database';
import { createTestDatabase, type TestDatabase } from '../src/testing';

let database: TestDatabase;
let client: Client;

beforeAll(async () => {
  database = await createTestDatabase('kit_migrate');
  client = new Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

function migrationsFolder(migrations: Record<string, string>): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(folder, name));
    writeFileSync(path.join(folder, name, 'migration.sql'), sql);
  }
  return folder;
}

describe('applyMigrations', () => {
  const first = 'CREATE TABLE thing (id int PRIMARY KEY);';
  const second = 'ALTER TABLE thing ADD COLUMN name text;';

  it('applies migrations in order once, recorded as Prisma records them', async () => {
    const folder = migrationsFolder({ '20260101000000_b': second, '20250101000000_a': first });
    expect(await applyMigrations(database.url, folder, 'TEST_URL')).toEqual([
      '20250101000000_a',
      '20260101000000_b',
    ]);
    expect(await applyMigrations(database.url, folder, 'TEST_URL')).toEqual([]);
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name',
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual([
      ['20250101000000_a', createHash('sha256').update(first).digest('hex')],
      ['20260101000000_b', createHash('sha256').update(second).digest('hex')],
    ]);
    await client.query("INSERT INTO thing VALUES (1, 'works')");
  });

  it('refuses to run when an applied migration was edited', async () => {
    const folder = migrationsFolder({ '20250101000000_a': `${first} -- edited`, '20260101000000_b': second });
    await expect(applyMigrations(database.url, folder, 'TEST_URL')).rejects.toThrow(
      /20250101000000_a was modified/,
    );
  });

  it('rolls a failing migration back entirely and does not record it', async () => {
    const folder = migrationsFolder({
      '20250101000000_a': first,
      '20260101000000_b': second,
      '20270101000000_c': 'CREATE TABLE other (id int); SELECT * FROM missing_table;',
    });
    await expect(applyMigrations(database.url, folder, 'TEST_URL')).rejects.toThrow(
      /20270101000000_c failed/,
    );
    const other = await client.query("SELECT to_regclass('other') AS table");
    expect(other.rows[0].table).toBeNull();
    const recorded = await client.query(
      "SELECT 1 FROM _prisma_migrations WHERE migration_name = '20270101000000_c'",
    );
    expect(recorded.rowCount).toBe(0);
  });

  it('applies a migration once when several replicas start together', async () => {
    const folder = migrationsFolder({
      '20250101000000_a': first,
      '20260101000000_b': second,
      '20280101000000_d': 'CREATE TABLE concurrent (id int);',
    });
    const results = await Promise.all([1, 2, 3].map(() => applyMigrations(database.url, folder, 'TEST_URL')));
    expect(results.flat()).toEqual(['20280101000000_d']);
  });

  it('names the setting when the server cannot be reached', async () => {
    await expect(
      applyMigrations('postgresql://postgres@127.0.0.1:1/none', '/nowhere', 'SOME_DATABASE_URL'),
    ).rejects.toThrow(/^SOME_DATABASE_URL: cannot connect to postgresql:\/\/postgres@127\.0\.0\.1:1\/none/);
  });
});
