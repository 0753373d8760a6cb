import {
  databaseHealth,
  type ListenOptions,
  type RunningServer,
  type SubgraphSecurity,
  startSubgraphServer,
} from '@passerelle/kit';
import type { GovernanceContext } from './builder';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface GovernanceServerOptions extends ListenOptions, SubgraphSecurity {
  prisma: PrismaClient;
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
