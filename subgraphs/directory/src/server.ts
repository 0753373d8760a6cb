import { databaseHealth, type ListenOptions, type RunningServer, startSubgraphServer } from '@passerelle/kit';
import type { DirectoryContext } from './builder';
import { exportRoutes } from './export/http';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export function startDirectoryServer({
  prisma,
  ...listen
}: ListenOptions & { prisma: PrismaClient }): Promise<RunningServer> {
  return startSubgraphServer<DirectoryContext>({
    name: 'directory',
    schema,
    ...listen,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
    routes: (app) => exportRoutes(app, prisma, listen.logger),
  });
}
