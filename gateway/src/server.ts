import { ApolloGateway } from '@apollo/gateway';
import {
  combineStaleContent,
  DateScalar,
  DateTimeScalar,
  type GraphQLHttpServerOptions,
  type HealthReport,
  type RunningServer,
  staleContentPlugin,
  startGraphQLHttpServer,
} from '@passerelle/platform/http';
import { type Logger } from '@passerelle/platform/service';
import { type GraphQLSchema, isScalarType } from 'graphql';
import { callerAuthorization } from './caller-identity';
import type { GatewayConfig } from './config';
import { mountExplorer } from './explorer';
import { mountExportRoute } from './export/export-route';
import { GatewayMetrics, mountMetricsRoute, NATIONAL } from './observability/metrics';
import { refusedRequestPortal } from './observability/request-portal';
import { admittedPortal, portalAdmission } from './portals/admission';
import { PortalRegistry } from './portals/portal-registry';
import { portalScopePlugin } from './portals/portal-scope';
import { PortalStore } from './portals/portal-store';
import { openRateLimiter, type RateLimiter } from './portals/rate-limiter';
import { portalOperations } from './portals/safelist';
import { mountPurgeRoute } from './response-cache/purge-route';
import { ResponseCache } from './response-cache/response-cache';
import { responseCachePlugin } from './response-cache/response-cache-plugin';
import { type GatewayContext, SubgraphDataSource } from './subgraph-data-source';

export type GatewayOptions = Omit<GatewayConfig, 'logLevel' | 'otlpEndpoint'> & { logger: Logger };

async function subgraphHealth(urls: Record<string, string>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) });
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
 * timeout. Each request is admitted first (its portal, origin and rate), and tokens are verified
 * here, so a bad one is refused before any subgraph is called.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const store = await PortalStore.open(
    options.database.databaseUrl,
    options.database.databaseSetting,
    (error) =>
      options.logger.warn({ err: error }, 'portals: a connection to the gateway database was closed'),
  );
  if (options.seedDemoData) await store.seedDemoPortals();
  const registry = new PortalRegistry({
    store,
    contentUrl: options.subgraphUrls.content,
    gatewaySecret: options.gatewaySecret,
    refreshMs: options.portalRefreshMs,
    logger: options.logger,
  });
  const limiter = await openRateLimiter(options.redisUrl, options.redisKeyPrefix, options.logger);
  const cache = options.responseCache.enabled
    ? await ResponseCache.open({
        redisUrl: options.redisUrl,
        keyPrefix: options.redisKeyPrefix,
        maxBytes: options.responseCache.maxBytes,
        logger: options.logger,
      })
    : undefined;
  const dataSources: SubgraphDataSource[] = [];
  const closePortals = async () => {
    for (const source of dataSources) source.close();
    await registry.stop();
    await limiter.close();
    await cache?.close();
    await store.close();
  };
  try {
    await registry.start();
    const server = await startGraphQLHttpServer<GatewayContext>(
      httpOptions(options, registry, limiter, cache, dataSources),
    );
    return {
      ...server,
      async stop() {
        await server.stop();
        await closePortals();
      },
    };
  } catch (error) {
    await closePortals();
    throw error;
  }
}

function httpOptions(
  options: GatewayOptions,
  registry: PortalRegistry,
  limiter: RateLimiter,
  cache: ResponseCache | undefined,
  /** Filled with the subgraphs' data sources as the gateway builds them, to be closed at the end. */
  dataSources: SubgraphDataSource[],
): GraphQLHttpServerOptions<GatewayContext> {
  const metrics = options.metrics.enabled ? new GatewayMetrics() : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource({
        name,
        url: options.subgraphUrls[name] ?? url ?? '',
        gatewaySecret: options.gatewaySecret,
        timeoutMs: options.subgraphTimeoutsMs[name] ?? 3000,
        onFetch: metrics && ((outcome, seconds) => metrics.subgraphFetch(name, outcome, seconds)),
      });
      dataSources.push(source);
      return source;
    },
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    logger: options.logger,
  });
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    checkScalarsAsSubgraphsDo(apiSchema);
    supergraphLoaded = true;
  });
  const forwardedAuthorization = callerAuthorization(options.authSecret, options.openIdProvider);
  return {
    name: 'gateway',
    port: options.port,
    host: options.host,
    portSetting: 'GATEWAY_PORT',
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    limits: options.limits,
    trustProxy: options.trustProxy,
    requestLogLevel: 'info',
    compress: true,
    routes: (app) => {
      if (metrics) mountMetricsRoute(app, metrics, options.metrics.token);
      mountExplorer(app, options.logger);
      if (cache) mountPurgeRoute(app, cache, options.gatewaySecret);
      const directoryUrl = options.subgraphUrls.directory;
      if (directoryUrl) {
        mountExportRoute(app, {
          registry,
          limiter,
          limits: options.rateLimits,
          directoryUrl,
          gatewaySecret: options.gatewaySecret,
          timeoutMs: options.subgraphTimeoutsMs.directory ?? 3000,
          logger: options.logger,
        });
      }
    },
    onRefusal: (refusal, req, res) => {
      const portal = refusedRequestPortal(registry, req, res);
      metrics?.refusal(refusal, portal);
      return { portal };
    },
    admission: {
      beforeBody: [portalAdmission({ registry, limiter, limits: options.rateLimits })],
      afterBody: [portalOperations(registry)],
    },
    apollo: {
      gateway,
      plugins: [
        staleContentPlugin<GatewayContext>((context) => combineStaleContent(context.staleContent)),
        portalScopePlugin<GatewayContext>(),
        ...(metrics ? [metrics.plugin()] : []),
        // Last: it stores the response as the other plugins leave it.
        ...(cache ? [responseCachePlugin(cache)] : []),
      ],
    },
    context: async (base, req, res) => {
      const authorization = await forwardedAuthorization(req.get('authorization'));
      const portal = admittedPortal(res);
      return {
        ...base,
        logger: base.logger.child({ portal: portal?.portal.slug ?? NATIONAL }),
        authorization,
        portal,
        staleContent: [],
        cacheTags: new Set<string>(),
      };
    },
    health: async () =>
      supergraphLoaded
        ? { supergraph: 'loaded', ...(await subgraphHealth(options.subgraphUrls)) }
        : { status: 'degraded', supergraph: 'not loaded' },
  };
}
