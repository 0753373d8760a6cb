import { databaseHealth, type ListenOptions, type RunningServer, startSubgraphServer } from '@passerelle/kit';
import type { GovernanceContext } from './builder';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface GovernanceServerOptions extends ListenOptions {
  prisma: PrismaClient;
  /** Verifies callers' tokens. */
  authSecret: string;
}

export function startGovernanceServer({
  prisma,
  ...options
}: GovernanceServerOptions): Promise<RunningServer> {
  return startSubgraphServer<GovernanceContext>({
    name: 'governance',
    schema,
    ...options,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
  });
}
