import type { RunningServer } from '@passerelle/platform/http';
import { type DatabaseServerOptions, startDatabaseSubgraphServer } from '@passerelle/platform/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export function startFundingServer(options: DatabaseServerOptions<PrismaClient>): Promise<RunningServer> {
  return startDatabaseSubgraphServer({ name: 'funding', schema, ...options });
}
