import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { listTag, typeOfEntityTag } from '@passerelle/platform/cache';
import type { GatewayContext } from '../subgraph-data-source';
import type { ResponseCache } from './response-cache';

/** Whether a response came from the cache (HIT), was stored (MISS) or is never kept (BYPASS). */
export const CACHE_STATUS_HEADER = 'x-cache';

/** What a cached response depends on besides the request: CDNs must key on these headers too. */
const VARY = 'origin, x-portal, x-portal-key, authorization';

/**
 * The key of a request's response: its portal and that portal's scope (a portal's territories may
 * change in the CMS), its operation and its variables. Only anonymous reads are cached, so the
 * identity is the same for every key: nobody's.
 */
function responseKey(context: GraphQLRequestContext<GatewayContext>): string {
  const portal = context.contextValue.portal?.portal;
  return createHash('sha256')
    .update(
      JSON.stringify([
        portal?.slug ?? '',
        portal?.territories ?? [],
        context.source,
        context.request.operationName ?? '',
        context.request.variables ?? {},
      ]),
    )
    .digest('base64url');
}

function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * Tags the response and, for a GET whose If-None-Match names it, answers 304 (Node sends no body
 * with a 304): a CDN or browser revalidates what it kept for the cost of a cache read.
 */
function setValidator(
  context: GraphQLRequestContext<GatewayContext>,
  etag: string,
  status: 'HIT' | 'MISS',
): void {
  const { headers } = context.response.http;
  headers.set('etag', etag);
  headers.set('vary', VARY);
  headers.set(CACHE_STATUS_HEADER, status);
  const http = context.request.http;
  const asked = http?.headers.get('if-none-match');
  if (http?.method === 'GET' && asked?.split(/\s*,\s*/).includes(etag)) context.response.http.status = 304;
}

/** What a mutation's change must purge: what it showed, and the lists of those types. */
function tagsOfMutation(tags: Set<string>): string[] {
  const purged = new Set<string>();
  for (const tag of tags) {
    const type = typeOfEntityTag(tag);
    if (!type) continue;
    purged.add(tag);
    purged.add(listTag(type));
  }
  return [...purged];
}

/**
 * The whole-response cache: an anonymous query whose fetches were all cacheable (each subgraph's
 * Cache-Control, from its `@cacheControl` hints) is kept for as long as the shortest of them,
 * with the cache tags of what it showed; the next identical request of the same portal is
 * answered from it, with Cache-Control and an ETag (a GET with If-None-Match gets a 304). A
 * mutation purges what it changed, on every replica.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const startedAtMs = Date.now();
      let key: string | undefined;
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== 'query') return null;
          if (context.contextValue.authorization) {
            // A signed-in caller's answer may hold personal data: no cache, here or anywhere, keeps it.
            context.overallCachePolicy.restrict({ maxAge: 0 });
            return null;
          }
          key = responseKey(context);
          const hit = await cache.get(key, context.contextValue.logger);
          if (!hit) return null;
          const remaining = Math.max(0, hit.maxAgeSeconds - Math.floor((Date.now() - hit.storedAtMs) / 1000));
          context.overallCachePolicy.restrict({ maxAge: remaining, scope: 'PUBLIC' });
          context.response.http.headers.set('age', String(hit.maxAgeSeconds - remaining));
          setValidator(context, hit.etag, 'HIT');
          // Nothing more to store: this request's end must not store the response again.
          key = undefined;
          return {
            http: context.response.http,
            body: { kind: 'single', singleResult: JSON.parse(hit.body) },
          };
        },
        async willSendResponse(context) {
          const { response, contextValue } = context;
          if (context.operation?.operation === 'mutation') {
            const tags = tagsOfMutation(contextValue.cacheTags);
            if (tags.length > 0) await cache.purge({ tags, reason: context.operationName ?? 'a mutation' });
            return;
          }
          if (response.http.headers.get(CACHE_STATUS_HEADER) === 'HIT') return;
          const policy = context.overallCachePolicy.policyIfCacheable();
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (
            !key ||
            !policy ||
            policy.scope !== 'PUBLIC' ||
            !result ||
            result.errors ||
            result.extensions?.content ||
            cache.purgedSince(startedAtMs)
          ) {
            response.http.headers.set(CACHE_STATUS_HEADER, 'BYPASS');
            return;
          }
          const body = JSON.stringify(result);
          const etag = etagOf(body);
          await cache.set(
            key,
            {
              body,
              etag,
              storedAtMs: Date.now(),
              maxAgeSeconds: policy.maxAge,
              tags: [...contextValue.cacheTags],
            },
            contextValue.logger,
          );
          setValidator(context, etag, 'MISS');
        },
      };
    },
  };
}
