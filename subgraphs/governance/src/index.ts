export { createPrismaClient, prepareGovernanceDatabase } from './database';
export { schema } from './schema';
export { startGovernanceServer } from './server';
