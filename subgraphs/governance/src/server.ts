import { CACHE_MAX_AGE } from '@passerelle/platform/cache';
import type { RunningServer } from '@passerelle/platform/http';
import { type DatabaseServerOptions, startDatabaseSubgraphServer } from '@passerelle/platform/subgraph';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export function startGovernanceServer(options: DatabaseServerOptions<PrismaClient>): Promise<RunningServer> {
  return startDatabaseSubgraphServer({
    name: 'governance',
    schema,
    cacheMaxAgeSeconds: CACHE_MAX_AGE.published,
    ...options,
  });
}
