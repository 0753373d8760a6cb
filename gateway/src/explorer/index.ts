import path from 'node:path';
import type { Logger } from '@passerelle/platform/service';
import type { Express, Request } from 'express';
import { EXPLORER_ASSETS, EXPLORER_DIR, ensureExplorer } from './bundle';

/** Served from the gateway alone: the page names only its own two files (and the CSP allows no other host). */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Passerelle explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/explorer/explorer.css">
<script src="/explorer/explorer.js" defer></script>
</head>
<body>
<div id="explorer"></div>
</body>
</html>
`;

/** A browser's GET prefers HTML to JSON; GraphQL clients (and curl, which takes anything) get GraphQL. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/** Built once per process, whatever the number of gateways it starts. */
let bundleReady: Promise<boolean> | undefined;

function explorerBundle(logger: Logger): Promise<boolean> {
  bundleReady ??= ensureExplorer().then(
    (state) => {
      logger.info({ dir: EXPLORER_DIR, state }, 'explorer bundle ready');
      return true;
    },
    (error: unknown) => {
      // GraphQL is served all the same: only the page is missing.
      logger.error(
        { err: error },
        'explorer bundle could not be built (npm run build -w @passerelle/gateway)',
      );
      return false;
    },
  );
  return bundleReady;
}

/**
 * The GraphiQL explorer on GET /graphql for browsers, its assets under /explorer/. Its headers
 * panel starts with an empty X-Portal-Key for a portal developer to fill in.
 */
export function mountExplorer(app: Express, logger: Logger): void {
  const ready = explorerBundle(logger);
  app.get('/graphql', async (req, res, next) => {
    if (!prefersHtml(req)) return next();
    if (!(await ready)) {
      res.status(503).type('text/plain').send('The explorer could not be built: see the gateway log.');
      return;
    }
    res.type('html').send(PAGE);
  });
  app.get('/explorer/:file', async (req, res, next) => {
    const file = EXPLORER_ASSETS.find((asset) => asset === req.params.file);
    if (!file || !(await ready)) return next();
    res.sendFile(path.join(EXPLORER_DIR, file), { headers: { 'cache-control': 'no-cache' } });
  });
}
