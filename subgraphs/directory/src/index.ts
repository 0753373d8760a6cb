export { createPrismaClient, prepareDirectoryDatabase } from './database';
export { schema } from './schema';
export { DEFAULT_DEMO_PLACE_COUNT, generateDemoPlaces, seedDemoPlaces } from './seed/demo-places';
export { startDirectoryServer } from './server';
