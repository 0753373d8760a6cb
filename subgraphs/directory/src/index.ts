export type { PrismaClient } from './database';
export { schema } from './schema';
export { subgraph } from './subgraph';
