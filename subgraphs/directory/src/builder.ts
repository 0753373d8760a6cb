import { createSubgraphBuilder, type Identity, type RequestContext } from '@passerelle/kit';
import type PrismaTypes from './generated/pothos-types';
import { getDatamodel } from './generated/pothos-types';
import type { PrismaClient } from './generated/prisma/client';

export interface DirectoryContext extends RequestContext {
  prisma: PrismaClient;
  /** The caller, from a token; null for anonymous readers. */
  identity: Identity | null;
}

export const builder = createSubgraphBuilder<DirectoryContext, PrismaTypes>(getDatamodel());
