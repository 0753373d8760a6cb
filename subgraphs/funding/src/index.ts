export { createPrismaClient, prepareFundingDatabase } from './database';
export { schema } from './schema';
export { seedFunding } from './seed/seed-funding';
export { startFundingServer } from './server';
