import {
  DateScalar,
  DateTimeScalar,
  type RequestContext,
  type SubgraphSchemaTypes,
  subgraphBuilderOptions,
} from '@passerelle/kit';
import SchemaBuilder from '@pothos/core';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { PrismaClient } from './generated/prisma/client';

export interface DirectoryContext extends RequestContext {
  prisma: PrismaClient;
}

export const builder = new SchemaBuilder<
  SubgraphSchemaTypes & { Context: DirectoryContext; PrismaTypes: PrismaTypes }
>(subgraphBuilderOptions<PrismaClient, ReturnType<typeof getDatamodel>>(getDatamodel()));

builder.queryType({});
builder.addScalarType('Date', DateScalar);
builder.addScalarType('DateTime', DateTimeScalar);
builder.globalConnectionField('totalCount', (t) => t.int({ resolve: (connection) => connection.totalCount }));
