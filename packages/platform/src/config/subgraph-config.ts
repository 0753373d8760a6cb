import { z } from 'zod';
import { withDatabase } from '../database/urls';
import { ConfigurationError } from '../errors';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../http/operation-guard-plugin';
import { composedSubgraph } from './composition';
import { booleanFlag, logLevel, port, postgresUrl, readConfig } from './read-config';

export interface SubgraphDatabase {
  databaseUrl: string;
  /** The variable the database URL came from, named in connection errors. */
  databaseSetting: string;
}

/** What a subgraph trusts and enforces: the gateway's signature, callers' tokens, operation limits. */
export interface SubgraphSecurity {
  /** Verifies the tokens of callers (mutations, previews); npm start generates it in .data/secrets.json. */
  authSecret: string;
  /** Verifies that a request comes from the gateway (shared with it); npm start generates it too. */
  gatewaySecret: string;
  /** The gateway's limits: the subgraph enforces them with a margin (subgraphOperationLimits). */
  limits: OperationLimits;
}

/** How any service of the platform listens and who it trusts. */
export interface ServiceConfig extends SubgraphSecurity {
  port: number;
  portSetting: string;
  host: string | undefined;
  logLevel: string;
  seedDemoData: boolean;
}

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** A secret `npm start` generates in .data/secrets.json, at least 32 characters. */
export const generatedSecret = (sharedWith: string) =>
  z
    .string({ error: `not set (npm start generates one in .data/secrets.json${sharedWith})` })
    .min(32, 'must be at least 32 characters');

/**
 * MAX_QUERY_DEPTH, _COST, _ALIASES, _FIELDS, _TOKENS and _DIRECTIVES, and INTROSPECTION, read the
 * same way everywhere. In production (NODE_ENV), introspection is off unless set, and validation
 * errors suggest no names: both would tell the schema to anyone.
 */
export function readOperationLimits(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const production = env.NODE_ENV === 'production';
  const config = readConfig(
    {
      MAX_QUERY_DEPTH: positiveInteger(DEFAULT_OPERATION_LIMITS.maxDepth),
      MAX_QUERY_COST: positiveInteger(DEFAULT_OPERATION_LIMITS.maxCost),
      MAX_QUERY_ALIASES: positiveInteger(DEFAULT_OPERATION_LIMITS.maxAliases),
      MAX_QUERY_FIELDS: positiveInteger(DEFAULT_OPERATION_LIMITS.maxFields),
      MAX_QUERY_TOKENS: positiveInteger(DEFAULT_OPERATION_LIMITS.maxTokens),
      MAX_QUERY_DIRECTIVES: positiveInteger(DEFAULT_OPERATION_LIMITS.maxDirectives),
      INTROSPECTION: booleanFlag(!production),
    },
    env,
  );
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxFields: config.MAX_QUERY_FIELDS,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    introspection: config.INTROSPECTION,
    fieldSuggestions: !production,
  };
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

/**
 * The settings every subgraph reads the same way; the port is `<NAME>_PORT`, by default the port
 * of its URL in schema/subgraphs.json.
 */
export function readServiceConfig(name: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const portSetting = `${name.toUpperCase()}_PORT`;
  const config = readConfig(
    {
      [portSetting]: port(composedSubgraph(name).port),
      HOST: z.string().optional(),
      LOG_LEVEL: logLevel,
      SEED_DEMO_DATA: booleanFlag(false),
      AUTH_SECRET: generatedSecret(''),
      GATEWAY_SECRET: generatedSecret(', shared with the gateway'),
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
    gatewaySecret: config.GATEWAY_SECRET as string,
    limits: readOperationLimits(env),
  };
}

/** A subgraph with its own database: its database, then the settings every service has. */
export function readSubgraphConfig(name: string, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  return { ...readSubgraphDatabase(name, env), ...readServiceConfig(name, env) };
}
