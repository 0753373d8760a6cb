import { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem } from '@passerelle/platform/auth';
import { CACHE_PURGE_PATH, type CachePurge } from '@passerelle/platform/cache';
import express, { type Express } from 'express';
import type { ResponseCache } from './response-cache';

function isPurge(value: unknown): value is CachePurge {
  const purge = value as Partial<CachePurge> | null;
  return (
    Array.isArray(purge?.tags) &&
    purge.tags.every((tag) => typeof tag === 'string') &&
    typeof purge.reason === 'string'
  );
}

/**
 * POST /cache/purge `{ tags, reason }`, signed with GATEWAY_SECRET like the gateway's own fetches:
 * how the import and the content subgraph purge the cache of a gateway that has no Redis.
 * Anything unsigned is refused, as the subgraphs refuse it.
 */
export function mountPurgeRoute(app: Express, cache: ResponseCache, gatewaySecret: string): void {
  app.post(CACHE_PURGE_PATH, express.raw({ type: 'application/json', limit: '1mb' }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const problem = gatewaySignatureProblem(
      gatewaySecret,
      req.get(GATEWAY_SIGNATURE_HEADER),
      body,
      undefined,
    );
    if (problem) {
      res.status(403).json({ errors: [{ message: problem, extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    let purge: unknown;
    try {
      purge = JSON.parse(body.toString('utf8'));
    } catch {
      purge = undefined;
    }
    if (!isPurge(purge)) {
      res.status(400).json({
        errors: [
          { message: 'expected { "tags": [string], "reason": string }', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
      return;
    }
    res.json({ purged: await cache.purge(purge) });
  });
}
