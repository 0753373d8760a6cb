import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem } from '../auth/gateway-signature';
import { type Identity, identityFromHeader } from '../auth/identity';
import { cacheTagsPlugin } from '../cache/cache-tags-plugin';
import type { SubgraphSecurity } from '../config/subgraph-config';
import {
  type GraphQLHttpServerOptions,
  type HealthReport,
  type RequestContext,
  type RunningServer,
  startGraphQLHttpServer,
} from '../http/http-server';
import { subgraphOperationLimits } from '../http/operation-guard-plugin';
import type { Logger } from '../service/logger';

/** Where a subgraph listens: `port` 0 picks a free port (tests). */
export interface ListenOptions {
  port: number;
  host?: string | undefined;
  logger: Logger;
}

/** What every subgraph request carries: the request's id and logger, and who is calling. */
export interface SubgraphRequestContext extends RequestContext {
  /** From the Authorization header's token; null for anonymous readers. */
  identity: Identity | null;
}

export interface SubgraphServerOptions<Context extends SubgraphRequestContext>
  extends ListenOptions,
    SubgraphSecurity {
  name: string;
  schema: GraphQLSchema;
  context: (base: SubgraphRequestContext, req: Request) => Promise<Context> | Context;
  health?: GraphQLHttpServerOptions<Context>['health'];
  routes?: GraphQLHttpServerOptions<Context>['routes'];
  /**
   * How long its answers may be cached (seconds) where its types say nothing shorter with
   * `@cacheControl` (see CACHE_MAX_AGE): its responses' Cache-Control, which the gateway honours.
   */
  cacheMaxAgeSeconds: number;
  /** Apollo plugins of this subgraph, after the ones every subgraph has. */
  plugins?: ApolloServerPlugin<Context>[];
}

/** A health check that fails when the database does not answer. */
export function databaseHealth(prisma: { $queryRaw(query: TemplateStringsArray): Promise<unknown> }) {
  return async (): Promise<HealthReport> => {
    await prisma.$queryRaw`SELECT 1`;
    return { status: 'ok' };
  };
}

/**
 * A federated subgraph over HTTP: it answers only requests the gateway signed, enforces the
 * operation limits as a second line, and has no inline tracing (the gateway does not use it).
 * Each answer says how long it may be cached and what it shows (cache tags), for the gateway's
 * response cache.
 */
export function startSubgraphServer<Context extends SubgraphRequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningServer> {
  return startGraphQLHttpServer<Context>({
    ...options,
    portSetting: `${options.name.toUpperCase()}_PORT`,
    limits: subgraphOperationLimits(options.limits),
    refuseRequest: (req, rawBody) =>
      gatewaySignatureProblem(
        options.gatewaySecret,
        req.get(GATEWAY_SIGNATURE_HEADER),
        rawBody,
        req.get('authorization'),
      ),
    context: async (base, req) =>
      options.context(
        { ...base, identity: await identityFromHeader(req.get('authorization'), options.authSecret) },
        req,
      ),
    apollo: {
      schema: options.schema,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginCacheControl({ defaultMaxAge: options.cacheMaxAgeSeconds }),
        cacheTagsPlugin<Context>(),
        ...(options.plugins ?? []),
      ],
    },
  });
}
