import { type SubgraphSecurity } from '@passerelle/platform/config';
import { type RunningServer } from '@passerelle/platform/http';
import { databaseHealth, type ListenOptions, startSubgraphServer } from '@passerelle/platform/subgraph';
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
