import { type SubgraphSecurity } from '@passerelle/platform/config';
import { type RunningServer } from '@passerelle/platform/http';
import { databaseHealth, type ListenOptions, startSubgraphServer } from '@passerelle/platform/subgraph';
import type { DirectoryContext } from './builder';
import { exportRoutes } from './export/http';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface DirectoryServerOptions extends ListenOptions, SubgraphSecurity {
  prisma: PrismaClient;
}

export function startDirectoryServer({ prisma, ...options }: DirectoryServerOptions): Promise<RunningServer> {
  return startSubgraphServer<DirectoryContext>({
    name: 'directory',
    schema,
    ...options,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
    routes: (app) => exportRoutes(app, prisma, options.logger),
  });
}
