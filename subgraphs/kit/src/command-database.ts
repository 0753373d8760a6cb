import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from './errors';
import { readSubgraphDatabase, type SubgraphDatabase } from './subgraph-config';

/** The repository's data folder (embedded PostgreSQL, generated secrets), `.data` unless DATA_DIR says otherwise. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(__dirname, '..', '..', '..', env.DATA_DIR ?? '.data');
}

/**
 * The database a command-line tool (import, export…) works on: the subgraph's configured
 * database, or else the embedded PostgreSQL that `npm start` is running.
 */
export function commandDatabase(subgraph: string, env: NodeJS.ProcessEnv = process.env): SubgraphDatabase {
  if (env.DATABASE_URL || env[`${subgraph.toUpperCase()}_DATABASE_URL`])
    return readSubgraphDatabase(subgraph, env);
  const passwordFile = path.join(dataDir(env), 'postgres.password');
  if (!existsSync(passwordFile)) {
    throw new ConfigurationError(
      'DATABASE_URL',
      'not set, and no embedded database in .data/: start the platform with npm start first',
    );
  }
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  const port = env.EMBEDDED_POSTGRES_PORT ?? '54320';
  return {
    databaseUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/passerelle_${subgraph}`,
    databaseSetting: 'EMBEDDED_POSTGRES_PORT (the database of npm start)',
  };
}
