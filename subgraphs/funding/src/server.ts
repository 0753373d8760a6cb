import { type SubgraphSecurity } from '@passerelle/platform/config';
import { type RunningServer } from '@passerelle/platform/http';
import { databaseHealth, type ListenOptions, startSubgraphServer } from '@passerelle/platform/subgraph';
import type { FundingContext } from './builder';
import type { PrismaClient } from './generated/prisma/client';
import { schema } from './schema';

export interface FundingServerOptions extends ListenOptions, SubgraphSecurity {
  prisma: PrismaClient;
}

export function startFundingServer({ prisma, ...options }: FundingServerOptions): Promise<RunningServer> {
  return startSubgraphServer<FundingContext>({
    name: 'funding',
    schema,
    ...options,
    context: (base) => ({ ...base, prisma }),
    health: databaseHealth(prisma),
  });
}
