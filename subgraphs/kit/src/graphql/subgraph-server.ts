import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../logger';
import {
  type GraphQLHttpServerOptions,
  type RequestContext,
  type RunningServer,
  startGraphQLHttpServer,
} from './http-server';
import { pageSizePlugin } from './page-size-plugin';

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  portSetting: string;
  host?: string;
  logger: Logger;
  context: (base: RequestContext, req: Request) => Promise<Context> | Context;
  health?: GraphQLHttpServerOptions<Context>['health'];
  routes?: GraphQLHttpServerOptions<Context>['routes'];
}

/** A federated subgraph over HTTP: no inline tracing (the gateway does not use it), page sizes checked. */
export function startSubgraphServer<Context extends RequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningServer> {
  return startGraphQLHttpServer<Context>({
    ...options,
    apollo: {
      schema: options.schema,
      plugins: [ApolloServerPluginInlineTraceDisabled(), pageSizePlugin<Context>()],
    },
  });
}
