import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { relayOptions } from './relay-options';

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
 * Builder options every subgraph uses (each then declares Query, the Date and DateTime scalars
 * from this kit, and `totalCount` on every connection): fields non-null and arguments required unless said
 * otherwise, Relay connections, Prisma with the request's client, and federation (listed last: it
 * wraps what the others build).
 */
export function subgraphBuilderOptions<Client, Dmmf>(dmmf: Dmmf) {
  return {
    plugins: [RelayPlugin, PrismaPlugin, DirectivesPlugin, FederationPlugin] as (
      | typeof RelayPlugin
      | typeof PrismaPlugin
      | typeof DirectivesPlugin
      | typeof FederationPlugin
    )[],
    defaultFieldNullability: false,
    defaultInputFieldRequiredness: true,
    relay: relayOptions,
    prisma: {
      client: (context: { prisma: Client }) => context.prisma,
      dmmf,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
    },
  } as const;
}
