import {
  createSubgraphBuilder,
  MUTATION_DESCRIPTION,
  type SubgraphRequestContext,
} from '@passerelle/platform/subgraph';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { PrismaClient } from './generated/prisma/client';

export interface DirectoryContext extends SubgraphRequestContext {
  prisma: PrismaClient;
}

export const builder = createSubgraphBuilder<DirectoryContext, PrismaTypes>(getDatamodel());

// It has mutations; a read-only subgraph leaves Mutation out, which federation refuses empty.
builder.mutationType({ description: MUTATION_DESCRIPTION });
