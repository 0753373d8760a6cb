export { scalarColumns } from './columns';
export { type CommandPlatform, commandDatabase, commandPlatform } from './command-database';
export { connect, dropDatabase, ensureDatabase } from './ensure-database';
export { applyMigrations } from './migrate';
export { databaseName, redactUrl, withDatabase } from './urls';

import { ensureDatabase } from './ensure-database';
import { applyMigrations } from './migrate';

/** What every subgraph does with its database at start: create it if missing, then migrate it. */
export async function prepareDatabase(databaseUrl: string, migrationsDir: string, setting: string) {
  await ensureDatabase(databaseUrl, setting);
  return applyMigrations(databaseUrl, migrationsDir, setting);
}
