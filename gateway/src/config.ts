import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_PORTS,
  generatedSecret,
  httpUrl,
  logLevel,
  port,
  readConfig,
  readOperationLimits,
} from '@passerelle/platform/config';
import { ConfigurationError } from '@passerelle/platform/errors';
import { z } from 'zod';

export const DEFAULT_SUPERGRAPH_PATH = path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

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
  const config = readConfig(
    {
      GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
      HOST: z.string().optional(),
      SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH_PATH),
      LOG_LEVEL: logLevel,
      AUTH_SECRET: generatedSecret(''),
      GATEWAY_SECRET: generatedSecret(', shared with the subgraphs'),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3000),
      MAX_BODY_SIZE: z
        .string()
        .regex(/^\d+(b|kb|mb)$/i, 'must be a size such as 100kb or 1mb')
        .default('100kb'),
      QUERY_PLAN_CACHE_MIB: positiveInteger(30),
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
  // Each subgraph's URL comes from <NAME>_URL, or else from the supergraph.
  const subgraphUrls: Record<string, string> = {};
  for (const { name, url } of subgraphsOf(supergraphSdl)) {
    const setting = `${name.toUpperCase()}_URL`;
    subgraphUrls[name] = readConfig({ [setting]: httpUrl.default(url) }, env)[setting] as string;
  }
  return {
    port: config.GATEWAY_PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    supergraphSdl,
    subgraphUrls,
    authSecret: config.AUTH_SECRET,
    gatewaySecret: config.GATEWAY_SECRET,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    limits: readOperationLimits(env),
    bodyLimit: config.MAX_BODY_SIZE,
    queryPlanCacheMiB: config.QUERY_PLAN_CACHE_MIB,
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
