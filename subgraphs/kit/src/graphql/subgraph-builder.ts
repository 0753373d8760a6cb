import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { RequestContext } from './http-server';
import { relayOptions } from './relay-options';
import { DateScalar, DateTimeScalar } from './scalars';

/** Schema types every subgraph's builder shares; each adds its Context and PrismaTypes. */
export interface SubgraphSchemaTypes {
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Connection: { totalCount: number };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}

/**
 * The Pothos builder of a subgraph: fields non-null and arguments required unless said otherwise,
 * Relay connections with `totalCount`, Prisma with the request's client, Query and Mutation, the Date and DateTime
 * scalars, and federation (listed last: it wraps what the other plugins build).
 */
export function createSubgraphBuilder<
  Context extends RequestContext & { prisma: object },
  PrismaTypes extends object,
>(dmmf: { datamodel: unknown }) {
  const builder = new SchemaBuilder<SubgraphSchemaTypes & { Context: Context; PrismaTypes: PrismaTypes }>({
    plugins: [RelayPlugin, PrismaPlugin, DirectivesPlugin, FederationPlugin],
    defaultFieldNullability: false,
    defaultInputFieldRequiredness: true,
    relay: relayOptions,
    prisma: {
      client: (context: Context) => context.prisma,
      dmmf,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
    },
    // The options' type depends on the concrete schema types, which only the subgraph knows.
  } as never);
  builder.queryType({});
  builder.mutationType({});
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('DateTime', DateTimeScalar);
  builder.globalConnectionField('totalCount', (t) =>
    t.int({ resolve: (connection) => connection.totalCount }),
  );
  return builder;
}
