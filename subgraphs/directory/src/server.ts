import {
  databaseHealth,
  identityFromHeader,
  type ListenOptions,
  type RunningServer,
  startSubgraphServer,
} from '@passerelle/kit';
import type { DirectoryContext } from './builder';
import { exportRoutes } from './export/http';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface DirectoryServerOptions extends ListenOptions {
  prisma: PrismaClient;
  /** Verifies callers' tokens. */
  authSecret: string;
}

export function startDirectoryServer({
  prisma,
  authSecret,
  ...listen
}: DirectoryServerOptions): Promise<RunningServer> {
  return startSubgraphServer<DirectoryContext>({
    name: 'directory',
    schema,
    ...listen,
    context: async (base, req) => ({
      ...base,
      prisma,
      identity: await identityFromHeader(req.get('authorization'), authSecret),
    }),
    health: databaseHealth(prisma),
    routes: (app) => exportRoutes(app, prisma, listen.logger),
  });
}
