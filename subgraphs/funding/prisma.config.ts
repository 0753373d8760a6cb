import { subgraphPrismaConfig } from '@passerelle/kit/prisma-config';

export default subgraphPrismaConfig();
