import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  booleanFlag,
  DEFAULT_PORTS,
  generatedSecret,
  httpUrl,
  logLevel,
  port,
  readChangeSettings,
  readConfig,
  readOperationLimits,
  readSubgraphDatabase,
} from '@passerelle/platform/config';
import { ConfigurationError } from '@passerelle/platform/errors';
import { z } from 'zod';

export const DEFAULT_SUPERGRAPH_PATH = path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

const timeoutMs = z.coerce.number().int().min(100).max(120_000);
const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** An optional setting that docker compose passes as an empty string when .env leaves it out. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The subgraphs a supergraph declares, with the URL composition gave each. */
export function subgraphsOf(supergraphSdl: string): { name: string; url: string }[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({
      name: String(name),
      url: String(url),
    }),
  );
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env) {
  const changes = readChangeSettings(env);
  const config = readConfig(
    {
      GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
      HOST: z.string().optional(),
      SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH_PATH),
      LOG_LEVEL: logLevel,
      AUTH_SECRET: generatedSecret(''),
      GATEWAY_SECRET: generatedSecret(', shared with the subgraphs'),
      SUBGRAPH_TIMEOUT_MS: timeoutMs.default(3000),
      MAX_BODY_SIZE: z
        .string()
        .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
        .default('100kb'),
      QUERY_PLAN_CACHE_MIB: positiveInteger(30),
      SEED_DEMO_DATA: booleanFlag(false),
      // An identity provider's access tokens (OpenID Connect), beside the platform's own tokens.
      AUTH_JWKS_URL: httpUrl.optional(),
      AUTH_ISSUER: z.string().min(1).optional(),
      AUTH_AUDIENCE: z.string().min(1).optional(),
      AUTH_GRANTS_CLAIM: z.string().min(1).default('passerelle_grants'),
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: positiveInteger(60),
      RATE_LIMIT_PUBLIC_PER_MINUTE: positiveInteger(300),
      RATE_LIMIT_KEY_PER_MINUTE: positiveInteger(6000),
      RESPONSE_CACHE_ENABLED: booleanFlag(true),
      RESPONSE_CACHE_MAX_MB: positiveInteger(64),
      PORTAL_REFRESH_SECONDS: z.coerce.number().positive().max(10).default(5),
      TRUST_PROXY: z.string().default('loopback'),
      METRICS_ENABLED: booleanFlag(true),
      // Long enough not to be guessed; Prometheus sends it as a bearer token.
      METRICS_TOKEN: unsetWhenEmpty(z.string().min(16, 'must be at least 16 characters')),
      OTEL_EXPORTER_OTLP_ENDPOINT: unsetWhenEmpty(httpUrl),
    },
    env,
  );
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  } catch {
    throw new ConfigurationError(
      'SUPERGRAPH_PATH',
      `cannot read ${config.SUPERGRAPH_PATH} (run npm run compose)`,
    );
  }
  if (config.AUTH_JWKS_URL && (!config.AUTH_ISSUER || !config.AUTH_AUDIENCE)) {
    throw new ConfigurationError(
      config.AUTH_ISSUER ? 'AUTH_AUDIENCE' : 'AUTH_ISSUER',
      'must be set with AUTH_JWKS_URL: tokens are checked for their issuer and audience',
    );
  }
  // Each subgraph's URL comes from <NAME>_URL, or else from the supergraph; its timeout from
  // <NAME>_TIMEOUT_MS, or else SUBGRAPH_TIMEOUT_MS.
  const subgraphUrls: Record<string, string> = {};
  const subgraphTimeoutsMs: Record<string, number> = {};
  for (const { name, url } of subgraphsOf(supergraphSdl)) {
    const urlSetting = `${name.toUpperCase()}_URL`;
    const timeoutSetting = `${name.toUpperCase()}_TIMEOUT_MS`;
    const subgraph = readConfig(
      { [urlSetting]: httpUrl.default(url), [timeoutSetting]: timeoutMs.default(config.SUBGRAPH_TIMEOUT_MS) },
      env,
    );
    subgraphUrls[name] = subgraph[urlSetting] as string;
    subgraphTimeoutsMs[name] = subgraph[timeoutSetting] as number;
  }
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    supergraphSdl,
    subgraphUrls,
    authSecret: config.AUTH_SECRET,
    openIdProvider:
      config.AUTH_JWKS_URL && config.AUTH_ISSUER && config.AUTH_AUDIENCE
        ? {
            jwksUrl: config.AUTH_JWKS_URL,
            issuer: config.AUTH_ISSUER,
            audience: config.AUTH_AUDIENCE,
            grantsClaim: config.AUTH_GRANTS_CLAIM,
          }
        : undefined,
    gatewaySecret: config.GATEWAY_SECRET,
    subgraphTimeoutsMs,
    limits: readOperationLimits(env),
    bodyLimit: config.MAX_BODY_SIZE,
    queryPlanCacheMiB: config.QUERY_PLAN_CACHE_MIB,
    // Portals' settings and keys: `GATEWAY_DATABASE_URL`, or `passerelle_gateway` beside the subgraphs'.
    database: readSubgraphDatabase('gateway', env),
    seedDemoData: config.SEED_DEMO_DATA,
    redisUrl: changes.redisUrl,
    redisKeyPrefix: changes.keyPrefix,
    rateLimits: {
      anonymousPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      publicPerMinute: config.RATE_LIMIT_PUBLIC_PER_MINUTE,
      keyPerMinute: config.RATE_LIMIT_KEY_PER_MINUTE,
    },
    portalRefreshMs: config.PORTAL_REFRESH_SECONDS * 1000,
    // Anonymous query responses, kept as the subgraphs' cache hints allow (Redis with REDIS_URL).
    responseCache: {
      enabled: config.RESPONSE_CACHE_ENABLED,
      maxBytes: config.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
    },
    trustProxy: config.TRUST_PROXY,
    metrics: { enabled: config.METRICS_ENABLED, token: config.METRICS_TOKEN },
    // Traces are sent there (OTLP over HTTP) when it is set; the SDK reads the other OTEL_* itself.
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
