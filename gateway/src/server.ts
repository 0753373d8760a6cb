import { ApolloGateway } from '@apollo/gateway';
import { identityFromHeader } from '@passerelle/platform/auth';
import {
  combineStaleContent,
  DateScalar,
  DateTimeScalar,
  type HealthReport,
  type RunningServer,
  staleContentPlugin,
  startGraphQLHttpServer,
} from '@passerelle/platform/http';
import { type Logger } from '@passerelle/platform/service';
import { type GraphQLSchema, isScalarType } from 'graphql';
import type { GatewayConfig } from './config';
import { type GatewayContext, SubgraphDataSource } from './subgraph-data-source';

export type GatewayOptions = Omit<GatewayConfig, 'logLevel'> & { logger: Logger };

async function subgraphHealth(urls: Record<string, string>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? 'ok' : `unhealthy (${response.status})`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  return { status: entries.every(([, state]) => state === 'ok') ? 'ok' : 'degraded', subgraphs };
}

/**
 * The supergraph's custom scalars check values as the subgraphs do, so that a bad date is refused
 * here with BAD_USER_INPUT (a variable) or GRAPHQL_VALIDATION_FAILED (a literal) before any
 * subgraph is called. The gateway passes the request's own values on, so only parsing matters.
 */
function checkScalarsAsSubgraphsDo(schema: GraphQLSchema): void {
  for (const implementation of [DateScalar, DateTimeScalar]) {
    const type = schema.getType(implementation.name);
    if (!isScalarType(type)) continue;
    type.parseValue = implementation.parseValue;
    type.parseLiteral = implementation.parseLiteral;
  }
}

/**
 * The gateway: executes queries against the composed supergraph (read from a file, never by
 * introspecting subgraphs), sending each part to the subgraph that owns it, signed, within a
 * timeout. Tokens are verified here first, so a bad one is refused before any subgraph is called.
 */
export function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name] ?? url ?? '',
        gatewaySecret: options.gatewaySecret,
        timeoutMs: options.subgraphTimeoutMs,
      }),
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    logger: options.logger,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarsAsSubgraphsDo(apiSchema));
  return startGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    port: options.port,
    host: options.host,
    portSetting: 'GATEWAY_PORT',
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    limits: options.limits,
    requestLogLevel: 'info',
    apollo: {
      gateway,
      plugins: [staleContentPlugin<GatewayContext>((context) => combineStaleContent(context.staleContent))],
    },
    context: async (base, req) => {
      const authorization = req.get('authorization');
      await identityFromHeader(authorization, options.authSecret);
      return { ...base, authorization, staleContent: [] };
    },
    health: () => subgraphHealth(options.subgraphUrls),
  });
}
