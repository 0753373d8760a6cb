import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * The explorer's bundle: GraphiQL, React and the page's script and styles in two files, built
 * with esbuild from the installed packages into gateway/dist/explorer (not committed). `npm run
 * build` writes it; the gateway builds it at start when it is missing or older than its sources,
 * so `npm start` on a fresh clone serves it too.
 */

export const EXPLORER_DIR = path.join(__dirname, '..', '..', 'dist', 'explorer');
export const EXPLORER_ASSETS = ['explorer.js', 'explorer.css'] as const;

const SOURCES = [path.join(__dirname, 'client.ts'), path.join(__dirname, 'explorer.css')];
const PACKAGES = ['graphiql', 'react', 'react-dom', 'esbuild'];
const STAMP = 'sources.sha256';

/** What the bundle is made from: its sources and the versions of the packages it bundles. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(readFileSync(file));
  for (const name of PACKAGES) {
    const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
    hash.update(`${name}@${version}\n`);
  }
  return hash.digest('hex');
}

function readStamp(): string | undefined {
  try {
    return readFileSync(path.join(EXPLORER_DIR, STAMP), 'utf8');
  } catch {
    return undefined;
  }
}

/** Builds the bundle into EXPLORER_DIR; returns each file's size in bytes. */
export async function buildExplorer(): Promise<Record<string, number>> {
  const hash = sourcesHash();
  const result = await build({
    entryPoints: SOURCES.map((file) => ({ in: file, out: 'explorer' })),
    outdir: EXPLORER_DIR,
    bundle: true,
    minify: true,
    write: false,
    // Licence notices go beside the bundle instead of into it.
    legalComments: 'external',
    define: { 'process.env.NODE_ENV': '"production"' },
    target: 'es2020',
    logLevel: 'silent',
  });
  mkdirSync(EXPLORER_DIR, { recursive: true });
  // Each file is renamed into place, the stamp last: gateways starting together may build at
  // once, and none serves a half-written file.
  const files = [
    ...result.outputFiles.map((file) => ({ path: file.path, contents: file.contents })),
    { path: path.join(EXPLORER_DIR, STAMP), contents: Buffer.from(hash) },
  ];
  const sizes: Record<string, number> = {};
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
    sizes[path.basename(file.path)] = file.contents.byteLength;
  }
  return sizes;
}

/** Builds the bundle unless the one in place was built from the same sources. */
export async function ensureExplorer(): Promise<'built' | 'up to date'> {
  if (readStamp() === sourcesHash()) return 'up to date';
  await buildExplorer();
  return 'built';
}

if (require.main === module) {
  void buildExplorer().then((sizes) => {
    for (const [file, bytes] of Object.entries(sizes)) {
      console.log(`wrote gateway/dist/explorer/${file} (${Math.round(bytes / 1024)} KiB)`);
    }
  });
}
