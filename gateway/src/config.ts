import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError, httpUrl, logLevel, port, readConfig } from '@passerelle/kit';
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
      GATEWAY_PORT: port(4000),
      HOST: z.string().optional(),
      SUPERGRAPH_PATH: z.string().default(DEFAULT_SUPERGRAPH_PATH),
      LOG_LEVEL: logLevel,
      MAX_QUERY_DEPTH: positiveInteger(12),
      MAX_QUERY_COST: positiveInteger(20_000),
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
    limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST },
    bodyLimit: config.MAX_BODY_SIZE,
    queryPlanCacheMiB: config.QUERY_PLAN_CACHE_MIB,
  };
}

export type GatewayConfig = ReturnType<typeof readGatewayConfig>;
