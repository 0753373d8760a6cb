export { createPrismaClient, prepareGovernanceDatabase } from './database';
export { schema } from './schema';
export { seedDemoGovernances } from './seed/demo-governances';
export { startGovernanceServer } from './server';
