import { type RequestContext, relayOptions } from '@passerelle/kit';
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { PrismaClient } from './generated/prisma/client';

export interface GovernanceContext extends RequestContext {
  prisma: PrismaClient;
}

export const builder = new SchemaBuilder<{
  Context: GovernanceContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Connection: { totalCount: number };
}>({
  // Federation last: it wraps what the others build.
  plugins: [RelayPlugin, PrismaPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  relay: relayOptions,
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
});

builder.queryType({});
builder.globalConnectionField('totalCount', (t) => t.int({ resolve: (connection) => connection.totalCount }));
