import type { Logger } from '@passerelle/platform/service';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../generated/prisma/client';
import { placeFilterFromJson } from '../search/filter-input';
import { EXPORT_CONTENT_TYPES, type ExportFormat, exportPlaces } from './export-places';

/**
 * GET /export/places.csv|json|geojson?filter=<PlaceFilter as JSON>: the places matching the
 * filter, streamed, for any client that wants files rather than GraphQL.
 */
export function exportRoutes(app: Express, prisma: PrismaClient, logger: Logger): void {
  app.get('/export/places.:format', async (req: Request, res: Response) => {
    const format = String(req.params.format) as ExportFormat;
    if (!(format in EXPORT_CONTENT_TYPES)) {
      res
        .status(404)
        .json({ errors: [{ message: 'formats: csv, json, geojson', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    let filter: ReturnType<typeof placeFilterFromJson>;
    try {
      filter = placeFilterFromJson(
        typeof req.query.filter === 'string' ? req.query.filter : undefined,
        new Date(),
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      res
        .status(error.extensions.code === 'NOT_FOUND' ? 404 : 400)
        .json({ errors: [{ message: error.message, extensions: error.extensions }] });
      return;
    }
    res.setHeader('content-type', EXPORT_CONTENT_TYPES[format]);
    res.setHeader('content-disposition', `attachment; filename="lieux-mediation-numerique.${format}"`);
    try {
      await exportPlaces(prisma, filter, format, res);
      res.end();
    } catch (error) {
      logger.error({ err: error }, 'export failed');
      // Headers are gone: cut the stream so the client sees an incomplete file, not a valid one.
      res.destroy(error as Error);
    }
  });
}
