import { type Logger, type RunningServer, startSubgraphServer } from '@passerelle/kit';
import type { GovernanceContext } from './builder';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface GovernanceServerOptions {
  prisma: PrismaClient;
  port: number;
  host?: string;
  logger: Logger;
}

export function startGovernanceServer({
  prisma,
  port,
  host,
  logger,
}: GovernanceServerOptions): Promise<RunningServer> {
  return startSubgraphServer<GovernanceContext>({
    name: 'governance',
    schema,
    port,
    host,
    portSetting: 'GOVERNANCE_PORT',
    logger,
    context: (base) => ({ ...base, prisma }),
    health: async () => {
      await prisma.$queryRaw`SELECT 1`;
      return { status: 'ok' };
    },
  });
}
