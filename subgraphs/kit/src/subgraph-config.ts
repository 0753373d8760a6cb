import { z } from 'zod';
import { booleanFlag, logLevel, port, postgresUrl, readConfig } from './config';
import { withDatabase } from './database/urls';
import { ConfigurationError } from './errors';

export interface SubgraphConfig {
  port: number;
  portSetting: string;
  host: string | undefined;
  databaseUrl: string;
  /** The variable the database URL came from, named in connection errors. */
  databaseSetting: string;
  logLevel: string;
  seedDemoData: boolean;
}

/**
 * Every subgraph reads the same shape of settings: `<NAME>_PORT`, and `<NAME>_DATABASE_URL` for
 * its own database or else the database `passerelle_<name>` on the server of `DATABASE_URL`.
 */
export function readSubgraphConfig(
  name: string,
  defaultPort: number,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphConfig {
  const prefix = name.toUpperCase();
  const portSetting = `${prefix}_PORT`;
  const databaseSetting = `${prefix}_DATABASE_URL`;
  const config = readConfig(
    {
      [portSetting]: port(defaultPort),
      [databaseSetting]: postgresUrl.optional(),
      DATABASE_URL: postgresUrl.optional(),
      HOST: z.string().optional(),
      LOG_LEVEL: logLevel,
      SEED_DEMO_DATA: booleanFlag(false),
    },
    env,
  );
  const ownDatabase = config[databaseSetting] as string | undefined;
  const server = config.DATABASE_URL as string | undefined;
  if (!ownDatabase && !server) {
    throw new ConfigurationError(
      databaseSetting,
      `set ${databaseSetting} or DATABASE_URL (npm start sets DATABASE_URL to its embedded PostgreSQL)`,
    );
  }
  return {
    port: config[portSetting] as number,
    portSetting,
    host: config.HOST as string | undefined,
    databaseUrl: ownDatabase ?? withDatabase(server as string, `passerelle_${name}`),
    databaseSetting: ownDatabase ? databaseSetting : 'DATABASE_URL',
    logLevel: config.LOG_LEVEL as string,
    seedDemoData: config.SEED_DEMO_DATA as boolean,
  };
}
