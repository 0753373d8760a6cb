import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PORTS } from '../config/defaults';
import { dataDir } from '../config/repository';
import { readSubgraphDatabase, type SubgraphDatabase } from '../config/subgraph-config';
import { ConfigurationError } from '../errors';
import { findRunningPlatform } from '../service/running-platform';

/** Where a command-line tool finds the platform of `npm start`: its data folder and embedded PostgreSQL. */
export interface CommandPlatform {
  dataDir: string;
  /** Null when `npm start` runs on the server of DATABASE_URL. */
  embeddedPostgresPort: number | null;
  /** Says which platform this is, in error messages. */
  description: string;
}

/**
 * The platform a command works on: the one `npm start` runs from this clone (whatever DATA_DIR and
 * EMBEDDED_POSTGRES_PORT it was started with), else the one DATA_DIR and EMBEDDED_POSTGRES_PORT
 * name. Settings that contradict the running platform are refused, naming both values, rather than
 * silently working on another database or another secret.
 */
export function commandPlatform(env: NodeJS.ProcessEnv = process.env): CommandPlatform {
  const givenDir = env.DATA_DIR ? dataDir(env) : undefined;
  const givenPort = env.EMBEDDED_POSTGRES_PORT ? Number(env.EMBEDDED_POSTGRES_PORT) : undefined;
  const running = findRunningPlatform();
  if (!running) {
    const directory = givenDir ?? dataDir(env);
    const port = givenPort ?? DEFAULT_PORTS.embeddedPostgres;
    return {
      dataDir: directory,
      embeddedPostgresPort: port,
      description: `the platform of DATA_DIR=${directory} (EMBEDDED_POSTGRES_PORT=${port}), which npm start is not running`,
    };
  }
  if (givenDir && givenDir !== running.dataDir) {
    throw new ConfigurationError(
      'DATA_DIR',
      `npm start is running with DATA_DIR=${running.dataDir}, not ${givenDir}: run this command with the same DATA_DIR, or without it`,
    );
  }
  if (givenPort && running.embeddedPostgresPort !== null && givenPort !== running.embeddedPostgresPort) {
    throw new ConfigurationError(
      'EMBEDDED_POSTGRES_PORT',
      `npm start is running its PostgreSQL on port ${running.embeddedPostgresPort}, not ${givenPort}: run this command with the same EMBEDDED_POSTGRES_PORT, or without it`,
    );
  }
  return {
    dataDir: running.dataDir,
    embeddedPostgresPort: running.embeddedPostgresPort,
    description: `the platform npm start is running (pid ${running.pid}, DATA_DIR=${running.dataDir})`,
  };
}

/**
 * The database a command-line tool (import, export…) works on: the subgraph's configured
 * database, or else the embedded PostgreSQL of the platform `npm start` runs (see commandPlatform).
 */
export function commandDatabase(subgraph: string, env: NodeJS.ProcessEnv = process.env): SubgraphDatabase {
  if (env.DATABASE_URL || env[`${subgraph.toUpperCase()}_DATABASE_URL`])
    return readSubgraphDatabase(subgraph, env);
  const platform = commandPlatform(env);
  if (platform.embeddedPostgresPort === null) {
    throw new ConfigurationError(
      'DATABASE_URL',
      `not set, while ${platform.description} runs on the PostgreSQL server of its DATABASE_URL: set the same DATABASE_URL for this command`,
    );
  }
  const passwordFile = path.join(platform.dataDir, 'postgres.password');
  if (!existsSync(passwordFile)) {
    throw new ConfigurationError(
      'DATABASE_URL',
      `not set, and no embedded database in ${platform.dataDir}: start the platform with npm start first (or set DATA_DIR to its data folder)`,
    );
  }
  const password = encodeURIComponent(readFileSync(passwordFile, 'utf8').trim());
  return {
    databaseUrl: `postgresql://postgres:${password}@127.0.0.1:${platform.embeddedPostgresPort}/passerelle_${subgraph}`,
    databaseSetting: `EMBEDDED_POSTGRES_PORT (${platform.description})`,
  };
}
