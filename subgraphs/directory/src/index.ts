export { createPrismaClient, prepareDirectoryDatabase } from './database';
export { type ExportFormat, exportPlaces } from './export/export-places';
export { type ImportOptions, importPlaces } from './import/import-places';
export type { ImportReport, RowIssue } from './import/import-report';
export { schema } from './schema';
export { placeFilterFromJson } from './search/filter-input';
export type { PlaceFilter } from './search/place-filter';
export { DEFAULT_DEMO_PLACE_COUNT, generateDemoPlaces, seedDemoPlaces } from './seed/demo-places';
export { startDirectoryServer } from './server';
