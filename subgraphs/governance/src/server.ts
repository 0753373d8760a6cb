import { databaseHealth, type ListenOptions, type RunningServer, startSubgraphServer } from '@passerelle/kit';
import type { GovernanceContext } from './builder';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export function startGovernanceServer({
  prisma,
  ...listen
}: ListenOptions & { prisma: PrismaClient }): Promise<RunningServer> {
  return startSubgraphServer<GovernanceContext>({
    name: 'governance',
    schema,
    ...listen,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
  });
}
