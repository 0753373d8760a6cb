import { timingSafeEqual } from 'node:crypto';
import { anyEntityTag, listTag, tagsOfChange } from '@passerelle/platform/cache';
import type { Logger } from '@passerelle/platform/service';
import express, { type Express } from 'express';
import { z } from 'zod';
import { PURGED_WITH } from './cms/collections';
import type { ContentStore } from './store/content-store';

export const WEBHOOK_PATH = '/webhooks/cms';

const eventSchema = z.object({
  event: z.string(),
  uid: z.string().optional(),
  model: z.string().optional(),
  entry: z.object({ documentId: z.string().optional() }).optional(),
});

/** A change in the CMS, as every content replica and gateway must hear of it. */
export interface ContentChange {
  /** The content types to read again (PURGED_WITH). */
  typenames: string[];
  /** The document that changed, when Strapi named it. */
  documentId: string | undefined;
}

/**
 * The gateways' responses a change makes wrong: those showing the document and the lists of its
 * type, and whatever shows the types embedding it (a portal's featured guides).
 */
export function cacheTagsOfChange(
  [changed, ...embedding]: string[],
  documentId: string | undefined,
): string[] {
  if (!changed) return [];
  return [
    ...(documentId ? tagsOfChange(changed, [documentId]) : [anyEntityTag(changed), listTag(changed)]),
    ...embedding.flatMap((typename) => [anyEntityTag(typename), listTag(typename)]),
  ];
}

function sameSecret(header: string | undefined, secret: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Strapi's webhook (cms/src/bootstrap/content-webhook.ts): a publication, withdrawal, edit or
 * deletion makes the subgraph forget the types it touched, so the next request reads them again;
 * `onChange` then tells the other replicas and the gateways.
 */
export function webhookRoute(
  store: ContentStore,
  secret: string,
  logger: Logger,
  onChange: (change: ContentChange) => void,
) {
  return (app: Express) => {
    app.post(WEBHOOK_PATH, express.json({ limit: '1mb' }), (req, res) => {
      if (!sameSecret(req.get('authorization'), secret)) {
        res.status(401).json({ error: 'the webhook secret does not match CMS_WEBHOOK_SECRET' });
        return;
      }
      const body = eventSchema.safeParse(req.body);
      if (!body.success) {
        res.status(400).json({ error: 'expected a Strapi webhook event ({ event, uid, entry })' });
        return;
      }
      const types = PURGED_WITH[body.data.uid ?? ''];
      if (types) {
        store.purge(types);
        logger.info(
          { event: body.data.event, uid: body.data.uid, purged: types },
          'content changed in the CMS',
        );
        onChange({ typenames: types, documentId: body.data.entry?.documentId });
      }
      res.status(204).end();
    });
  };
}
