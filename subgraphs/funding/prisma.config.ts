import { subgraphPrismaConfig } from '@passerelle/platform/prisma-config';

export default subgraphPrismaConfig();
