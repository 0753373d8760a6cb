import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

export const CMS_ROOT = path.join(__dirname, '..');
export const CMS_DIST = path.join(CMS_ROOT, 'dist');
const BUILD_INFO = path.join(CMS_DIST, '.tsbuildinfo');

function newestChange(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Strapi loads the application compiled into dist/ (`npm run generate -w @passerelle/cms`, done
 * by the build and test pipelines). A source newer than the last compilation is compiled again
 * here, with Strapi's TypeScript (5.9), so that `npm start` never serves stale content types.
 */
export async function compileCmsIfStale(): Promise<boolean> {
  const compiledAt = existsSync(BUILD_INFO) ? statSync(BUILD_INFO).mtimeMs : 0;
  const sources = ['config', 'src', 'tsconfig.json'].map((entry) => path.join(CMS_ROOT, entry));
  const changedAt = Math.max(
    ...sources.map((source) =>
      statSync(source).isDirectory() ? newestChange(source) : statSync(source).mtimeMs,
    ),
  );
  if (changedAt <= compiledAt) return false;
  const compiler = require.resolve('typescript/bin/tsc', { paths: [CMS_ROOT] });
  await promisify(execFile)(process.execPath, [compiler, '-p', CMS_ROOT], { cwd: CMS_ROOT });
  return true;
}
