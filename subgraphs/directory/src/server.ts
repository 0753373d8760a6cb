import { CACHE_MAX_AGE } from '@passerelle/platform/cache';
import type { RunningServer } from '@passerelle/platform/http';
import { type DatabaseServerOptions, startDatabaseSubgraphServer } from '@passerelle/platform/subgraph';
import { exportRoutes } from './export/http';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export function startDirectoryServer(options: DatabaseServerOptions<PrismaClient>): Promise<RunningServer> {
  return startDatabaseSubgraphServer({
    name: 'directory',
    schema,
    cacheMaxAgeSeconds: CACHE_MAX_AGE.published,
    ...options,
    // The exports read places with the server's client, log with its logger, answer the gateway only.
    routes: (app) => exportRoutes(app, options),
  });
}
