import path from 'node:path';

/** The clone's root folder: `.data/` and `schema/` are found from it, wherever a service runs from. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
