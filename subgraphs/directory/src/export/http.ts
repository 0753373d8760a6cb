import { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem } from '@passerelle/platform/auth';
import type { Logger } from '@passerelle/platform/service';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../generated/prisma/client';
import { placeFilterFromJson } from '../search/filter-input';
import {
  EXPORT_CONTENT_TYPES,
  EXPORT_VERSIONS,
  type ExportFormat,
  type ExportVersion,
  exportPlaces,
} from './export-places';

export interface ExportRouteOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Only the gateway may ask: it signs the request target (a GET has no body) with this secret. */
  gatewaySecret: string;
}

function sendError(res: Response, status: number, message: string, extensions: Record<string, unknown>) {
  res.status(status).json({ errors: [{ message, extensions }] });
}

const FORMATS = Object.keys(EXPORT_CONTENT_TYPES).join(', ');
const VERSIONS = Object.keys(EXPORT_VERSIONS).join(', ');

/**
 * GET /export/places.csv|json|geojson?version=1|0.1&filter=<PlaceFilter as JSON>: the places
 * matching the filter, streamed, for clients that want files rather than GraphQL. The gateway
 * serves it to the public (with its portals' scope, CORS and rate limits); here it answers the
 * gateway only, as /graphql does.
 */
export function exportRoutes(app: Express, { prisma, logger, gatewaySecret }: ExportRouteOptions): void {
  app.get('/export/places.:format', async (req: Request, res: Response) => {
    const problem = gatewaySignatureProblem(
      gatewaySecret,
      req.get(GATEWAY_SIGNATURE_HEADER),
      Buffer.from(req.originalUrl),
      undefined,
    );
    if (problem) return sendError(res, 403, problem, { code: 'FORBIDDEN' });
    const format = String(req.params.format) as ExportFormat;
    if (!(format in EXPORT_CONTENT_TYPES)) {
      return sendError(res, 404, `no export format "${format}": ${FORMATS}`, { code: 'NOT_FOUND' });
    }
    const version = (typeof req.query.version === 'string' ? req.query.version : '1') as ExportVersion;
    if (!(version in EXPORT_VERSIONS)) {
      return sendError(res, 400, `no version "${version}" of the standard: ${VERSIONS}`, {
        code: 'BAD_USER_INPUT',
      });
    }
    let filter: ReturnType<typeof placeFilterFromJson>;
    try {
      filter = placeFilterFromJson(
        typeof req.query.filter === 'string' ? req.query.filter : undefined,
        new Date(),
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return sendError(
        res,
        error.extensions.code === 'NOT_FOUND' ? 404 : 400,
        error.message,
        error.extensions,
      );
    }
    res.setHeader('content-type', EXPORT_CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="lieux-mediation-numerique.${format}"`);
    try {
      await exportPlaces(prisma, filter, format, res, { version });
      res.end();
    } catch (error) {
      logger.error({ err: error }, 'export failed');
      // Headers are gone: cut the stream so the client sees an incomplete file, not a valid one.
      res.destroy(error as Error);
    }
  });
}
