import path from 'node:path';

/** The clone's root folder: `.data/` and `schema/` are found from it, wherever a service runs from. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The repository's data folder (embedded PostgreSQL, generated secrets), `.data` unless DATA_DIR says otherwise. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPOSITORY_ROOT, env.DATA_DIR ?? '.data');
}
