import { createReadStream, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Serves index.html and the component's files from node_modules (no CDN), for trying the page or
 * testing it. The component routes its own pages, so any other path is the page too. `source`
 * replaces the page's source (another gateway, another portal).
 */

const COMPONENT_DIR = path.dirname(require.resolve('@gouvfr-anct/cartographie-nationale/package.json'));
const COMPONENT_PREFIX = '/cartographie-nationale/';
/** Where the bundle and its styles look for fonts, images and the map's style: served from here instead. */
const CDN_ASSETS = 'https://cdn.jsdelivr.net/npm/@gouvfr-anct/cartographie-nationale@5.20.0/assets';
const REWRITTEN = new Set(['.js', '.css']);
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface CartographieExample {
  url: string;
  stop(): Promise<void>;
}

/** The export of a gateway for a portal, in the shape the component reads. */
export function exportSource(gatewayUrl: string, portal: string): string {
  const url = new URL('/export/places.json', gatewayUrl);
  url.search = new URLSearchParams({ version: '0.1', portal }).toString();
  return url.toString();
}

function page(source: string | undefined): string {
  const html = readFileSync(path.join(__dirname, 'index.html'), 'utf8');
  return source ? html.replace(/source="[^"]*"/, `source="${source.replaceAll('&', '&amp;')}"`) : html;
}

/** A file of the component, or undefined for any path outside its folder. */
function componentFile(urlPath: string): string | undefined {
  const file = path.join(COMPONENT_DIR, decodeURIComponent(urlPath.slice(COMPONENT_PREFIX.length)));
  if (!file.startsWith(`${COMPONENT_DIR}${path.sep}`)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const rewritten = new Map<string, string>();

/** The bundle or its styles, asking this server for their assets rather than a CDN. */
function localAssets(file: string): string {
  let text = rewritten.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8').replaceAll(CDN_ASSETS, `${COMPONENT_PREFIX}assets`);
    rewritten.set(file, text);
  }
  return text;
}

export async function startCartographieExample(
  options: { port?: number; host?: string; source?: string } = {},
): Promise<CartographieExample> {
  const html = page(options.source);
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = urlPath.startsWith(COMPONENT_PREFIX) ? componentFile(urlPath) : undefined;
    if (urlPath.startsWith(COMPONENT_PREFIX) && !file) return void res.writeHead(404).end();
    if (file) {
      const extension = path.extname(file);
      res.writeHead(200, { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream' });
      if (!REWRITTEN.has(extension)) return void createReadStream(file).pipe(res);
      return void res.end(localAssets(file));
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      gateway: { type: 'string', default: 'http://localhost:4000' },
      portal: { type: 'string', default: 'landes' },
    },
  });
  startCartographieExample({
    port: Number(values.port),
    source: exportSource(values.gateway, values.portal),
  }).then(({ url }) => process.stdout.write(`The map of ${values.portal}: ${url}\n`));
}
