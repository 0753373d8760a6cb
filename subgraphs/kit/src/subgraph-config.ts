import { z } from 'zod';
import { booleanFlag, logLevel, port, postgresUrl, readConfig } from './config';
import { withDatabase } from './database/urls';
import { ConfigurationError } from './errors';

export interface SubgraphDatabase {
  databaseUrl: string;
  /** The variable the database URL came from, named in connection errors. */
  databaseSetting: string;
}

/** How any service of the platform listens and who it trusts. */
export interface ServiceConfig {
  port: number;
  portSetting: string;
  host: string | undefined;
  logLevel: string;
  seedDemoData: boolean;
  /** Verifies the tokens of callers (mutations, previews); npm start generates it in .data/secrets.json. */
  authSecret: string;
}

export interface SubgraphConfig extends SubgraphDatabase, ServiceConfig {}

/**
 * A subgraph's database: `<NAME>_DATABASE_URL`, or else the database `passerelle_<name>` on the
 * server of `DATABASE_URL`.
 */
export function readSubgraphDatabase(name: string, env: NodeJS.ProcessEnv = process.env): SubgraphDatabase {
  const databaseSetting = `${name.toUpperCase()}_DATABASE_URL`;
  const config = readConfig(
    { [databaseSetting]: postgresUrl.optional(), DATABASE_URL: postgresUrl.optional() },
    env,
  );
  const ownDatabase = config[databaseSetting] as string | undefined;
  if (ownDatabase) return { databaseUrl: ownDatabase, databaseSetting };
  const server = config.DATABASE_URL as string | undefined;
  if (!server) {
    throw new ConfigurationError(
      databaseSetting,
      `set ${databaseSetting} or DATABASE_URL (npm start sets DATABASE_URL to its embedded PostgreSQL)`,
    );
  }
  return { databaseUrl: withDatabase(server, `passerelle_${name}`), databaseSetting: 'DATABASE_URL' };
}

/** The settings every service reads the same way; the port is `<NAME>_PORT`. */
export function readServiceConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): ServiceConfig {
  const portSetting = `${name.toUpperCase()}_PORT`;
  const config = readConfig(
    {
      [portSetting]: port(defaultPort),
      HOST: z.string().optional(),
      LOG_LEVEL: logLevel,
      SEED_DEMO_DATA: booleanFlag(false),
      AUTH_SECRET: z
        .string({ error: 'not set (npm start generates one in .data/secrets.json)' })
        .min(32, 'must be at least 32 characters'),
    },
    env,
  );
  return {
    port: config[portSetting] as number,
    portSetting,
    host: config.HOST as string | undefined,
    logLevel: config.LOG_LEVEL as string,
    seedDemoData: config.SEED_DEMO_DATA as boolean,
    authSecret: config.AUTH_SECRET as string,
  };
}

/** A subgraph with its own database: its database, then the settings every service has. */
export function readSubgraphConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  return { ...readSubgraphDatabase(name, env), ...readServiceConfig(name, defaultPort, env) };
}
