import { createSubgraphBuilder, type SubgraphRequestContext } from '@passerelle/platform/subgraph';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { PrismaClient } from './generated/prisma/client';

export interface DirectoryContext extends SubgraphRequestContext {
  prisma: PrismaClient;
}

export const builder = createSubgraphBuilder<DirectoryContext, PrismaTypes>(getDatamodel(), {
  withMutations: true,
});
