import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  combineStaleContent,
  type HealthReport,
  type Logger,
  pageSizePlugin,
  REQUEST_ID_HEADER,
  type RequestContext,
  type RunningServer,
  type StaleContentNotice,
  staleContentPlugin,
  startGraphQLHttpServer,
} from '@passerelle/kit';
import type { GatewayConfig } from './config';
import { queryLimitsPlugin } from './limits';

export type GatewayOptions = Omit<GatewayConfig, 'logLevel'> & { logger: Logger };

interface GatewayContext extends RequestContext {
  /** The caller's Authorization header, which subgraphs verify. */
  authorization: string | undefined;
  /** Stale-content notices of the subgraph responses, passed on to the client. */
  staleContent: StaleContentNotice[];
}

/**
 * Forwards the request id (to follow one request through every subgraph's logs) and the caller's
 * Authorization header (each subgraph checks who may do what).
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const notice = response.extensions?.content as StaleContentNotice | undefined;
    if (notice?.stale) context.staleContent.push(notice);
    return response;
  }
}

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
 * The gateway: executes queries against the composed supergraph (read from a file, never by
 * introspecting subgraphs), sending each part to the subgraph that owns it.
 */
export function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: options.subgraphUrls[name] ?? url }),
    experimental_approximateQueryPlanStoreMiB: options.queryPlanCacheMiB,
    logger: options.logger,
  });
  return startGraphQLHttpServer<GatewayContext>({
    name: 'gateway',
    port: options.port,
    host: options.host,
    portSetting: 'GATEWAY_PORT',
    logger: options.logger,
    bodyLimit: options.bodyLimit,
    requestLogLevel: 'info',
    // Page sizes are checked here too: a subgraph's 400 would reach the client as an opaque error.
    apollo: {
      gateway,
      plugins: [
        pageSizePlugin(),
        queryLimitsPlugin(options.limits),
        staleContentPlugin<GatewayContext>((context) => combineStaleContent(context.staleContent)),
      ],
    },
    context: (base, req) => ({ ...base, authorization: req.get('authorization'), staleContent: [] }),
    health: () => subgraphHealth(options.subgraphUrls),
  });
}
