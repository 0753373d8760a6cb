import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { GATEWAY_SIGNATURE_HEADER, requestTarget, signGatewayRequest } from '@passerelle/platform/auth';
import { REQUEST_ID_HEADER } from '@passerelle/platform/http';
import type { Logger } from '@passerelle/platform/service';
import compression from 'compression';
import type { Express, Request, Response } from 'express';
import { NATIONAL } from '../observability/metrics';
import {
  admittedPortal,
  namedByHeaders,
  PORTAL_KEY_HEADER,
  PORTAL_SLUG_HEADER,
  type PortalNaming,
  portalAdmission,
  type RateLimits,
} from '../portals/admission';
import type { PortalRegistry } from '../portals/portal-registry';
import { scopedPlacesFilter } from '../portals/portal-scope';
import type { RateLimiter } from '../portals/rate-limiter';

export const EXPORT_PATH = '/export/places.:format';

/** The query parameters passed on to the directory; anything else (`portal`) stays here. */
const FORWARDED_PARAMETERS = ['version', 'filter'] as const;

/** Headers of the directory's answer that the client gets. */
const FORWARDED_HEADERS = ['content-type', 'content-disposition'];

export interface ExportRouteOptions {
  registry: PortalRegistry;
  limiter: RateLimiter;
  limits: RateLimits;
  /** The directory subgraph's GraphQL URL: its export is on the same host. */
  directoryUrl: string;
  gatewaySecret: string;
  /** How long the directory may take to start answering. */
  timeoutMs: number;
  logger: Logger;
}

/**
 * A page can give a web component only a URL (the Cartographie nationale's `source`), so a portal
 * is also named by `?portal=<slug>`. Keys stay in the X-Portal-Key header: a URL is written to
 * access logs, browser histories and CDN caches.
 */
const namedByHeadersOrQuery: PortalNaming = {
  read: (req) => {
    const named = namedByHeaders.read(req);
    const portal = typeof req.query.portal === 'string' ? req.query.portal : undefined;
    return { key: named.key, slug: named.slug ?? (named.key === undefined ? portal : undefined) };
  },
  hint: `${PORTAL_KEY_HEADER}, ${PORTAL_SLUG_HEADER} or ?portal=<slug>`,
};

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The filter as the client wrote it, with the portal's territory when it names none. */
function scopedFilter(req: Request, res: Response): string | undefined {
  const given = typeof req.query.filter === 'string' ? req.query.filter : undefined;
  const territories = admittedPortal(res)?.portal.territories ?? [];
  if (!territories.length) return given;
  let filter: unknown = {};
  try {
    if (given !== undefined) filter = JSON.parse(given);
  } catch {
    // The directory checks the filter and says what is wrong with it.
    return given;
  }
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return given;
  return JSON.stringify(scopedPlacesFilter(filter as Record<string, unknown>, territories).filter);
}

/** The directory's own refusal (a bad filter, version or format), as it said it: message and code. */
async function directoryRefusal(response: globalThis.Response): Promise<{ message: string; code: string }> {
  try {
    const body = (await response.json()) as {
      errors?: { message?: unknown; extensions?: { code?: unknown } }[];
    };
    const [error] = body.errors ?? [];
    if (typeof error?.message === 'string' && typeof error.extensions?.code === 'string') {
      return { message: error.message, code: error.extensions.code };
    }
  } catch {
    // Not our JSON: answered below as the directory's failure.
  }
  return { message: 'the export was refused', code: 'BAD_REQUEST' };
}

/**
 * GET /export/places.csv|json|geojson?version=1|0.1&filter=<places filter as JSON>&portal=<slug>:
 * the directory's export, for the public. Admitted as /graphql requests are (portal, origins,
 * rate limits), scoped to the portal's territory when the filter names none, sent to the directory
 * signed, and streamed back as it comes, compressed when the client accepts it.
 */
export function mountExportRoute(app: Express, options: ExportRouteOptions): void {
  const admission = portalAdmission({ ...options, naming: namedByHeadersOrQuery });
  app.options(EXPORT_PATH, admission);
  app.get(EXPORT_PATH, compression(), admission, async (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = req.get(REQUEST_ID_HEADER) || randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const portal = admittedPortal(res)?.portal.slug ?? NATIONAL;
    res.on('close', () =>
      options.logger.info(
        {
          requestId,
          portal,
          format: req.params.format,
          version: req.query.version ?? null,
          status: res.statusCode,
          complete: res.writableFinished,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        },
        'export request',
      ),
    );

    const url = new URL(
      `/export/places.${encodeURIComponent(String(req.params.format))}`,
      options.directoryUrl,
    );
    const parameters = { version: req.query.version, filter: scopedFilter(req, res) };
    for (const name of FORWARDED_PARAMETERS) {
      const value = parameters[name];
      if (typeof value === 'string') url.searchParams.set(name, value);
    }
    const upstream = new AbortController();
    // A client that goes away stops the directory's work too.
    res.on('close', () => upstream.abort());
    const timer = setTimeout(() => upstream.abort(), options.timeoutMs);
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        headers: {
          [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(
            options.gatewaySecret,
            requestTarget(url),
            undefined,
          ),
          [REQUEST_ID_HEADER]: requestId,
        },
        signal: upstream.signal,
      });
    } catch (error) {
      options.logger.warn({ requestId, err: error }, 'export: the directory did not answer');
      return sendError(res, 503, 'UNAVAILABLE', 'the directory service is unavailable: try again later');
    } finally {
      clearTimeout(timer);
    }

    if (response.status >= 400 && response.status < 500 && response.status !== 403) {
      const { message, code } = await directoryRefusal(response);
      return sendError(res, response.status, code, message);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      // A 403 means the gateway and the directory do not share GATEWAY_SECRET.
      options.logger.error({ requestId, status: response.status }, 'export: the directory failed');
      return sendError(res, 503, 'UNAVAILABLE', 'the directory service is unavailable: try again later');
    }
    res.status(200);
    for (const name of FORWARDED_HEADERS) {
      const value = response.headers.get(name);
      if (value) res.setHeader(name, value);
    }
    try {
      await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), res);
    } catch (error) {
      // Cut mid-file (the directory failed, or the client left): the client sees an incomplete file.
      if (!res.destroyed) res.destroy(error as Error);
    }
  });
}
