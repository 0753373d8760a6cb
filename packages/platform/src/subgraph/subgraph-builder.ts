import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type { RequestContext } from '../http/http-server';
import { DateScalar, DateTimeScalar } from '../http/scalars';
import { relayOptions } from './relay-options';

/** Schema types every subgraph's builder shares; each adds its Context (and PrismaTypes). */
export interface SubgraphSchemaTypes {
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Connection: { totalCount: number };
  Scalars: {
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}

const sharedOptions = {
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  relay: relayOptions,
} as const;

/** Query, the Date and DateTime scalars and `totalCount` on every connection. */
function addSharedTypes<Types extends SchemaTypes & SubgraphSchemaTypes>(
  builder: PothosSchemaTypes.SchemaBuilder<Types>,
): void {
  builder.queryType({});
  builder.addScalarType('Date' as never, DateScalar as never);
  builder.addScalarType('DateTime' as never, DateTimeScalar as never);
  builder.globalConnectionField('totalCount', (t) =>
    t.int({ resolve: (connection: { totalCount: number }) => connection.totalCount } as never),
  );
}

/**
 * The Pothos builder of a subgraph with its own database: fields non-null and arguments required
 * unless said otherwise, Relay connections with `totalCount`, Prisma with the request's client,
 * Query and Mutation, the Date and DateTime scalars, and federation (listed last: it wraps what
 * the other plugins build).
 */
export function createSubgraphBuilder<
  Context extends RequestContext & { prisma: object },
  PrismaTypes extends object,
>(dmmf: { datamodel: unknown }) {
  const builder = new SchemaBuilder<SubgraphSchemaTypes & { Context: Context; PrismaTypes: PrismaTypes }>({
    ...sharedOptions,
    plugins: [RelayPlugin, PrismaPlugin, DirectivesPlugin, FederationPlugin],
    prisma: {
      client: (context: Context) => context.prisma,
      dmmf,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
    },
    // The options' type depends on the concrete schema types, which only the subgraph knows.
  } as never);
  addSharedTypes(builder);
  builder.mutationType({});
  return builder;
}

/** The same builder for a subgraph that only reads another system (no database, no mutations). */
export function createReadOnlySubgraphBuilder<Context extends RequestContext>() {
  const builder = new SchemaBuilder<SubgraphSchemaTypes & { Context: Context }>({
    ...sharedOptions,
    plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  } as never);
  addSharedTypes(builder);
  return builder;
}
