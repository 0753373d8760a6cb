import { CACHE_MAX_AGE, openCachePurger, openMessageBus } from '@passerelle/platform/cache';
import { type SubgraphSecurity } from '@passerelle/platform/config';
import { type HealthReport, type RunningServer, staleContentPlugin } from '@passerelle/platform/http';
import { type ListenOptions, startSubgraphServer } from '@passerelle/platform/subgraph';
import type { ContentContext } from './builder';
import { CmsClient } from './cms/cms-client';
import { COLLECTIONS } from './cms/collections';
import type { CmsSettings } from './config';
import { schema } from './schema';
import { ContentStore } from './store/content-store';
import { RequestContent } from './store/request-content';
import { type ContentChange, cacheTagsOfChange, webhookRoute } from './webhook';

export interface ContentServerOptions extends ListenOptions, SubgraphSecurity, CmsSettings {}

export interface RunningContentServer extends RunningServer {
  /** Counts the subgraph's reads of Strapi, by REST path. */
  cms: CmsClient;
  /** Reads all published content once (see ContentStore.warmUp). */
  warmUp: () => Promise<void>;
}

/** How long the last content is served without asking a CMS that just failed again. */
const RETRY_AFTER_FAILURE_MS = 5000;
/**
 * How long a request waits for content a webhook just announced. A healthy Strapi reads a
 * collection well within it; a stalled one costs a request no more than this.
 */
const CHANGE_WAIT_MS = 500;
/**
 * How long a read of published content may go on in the background once requests stopped waiting
 * for it (CMS_TIMEOUT_MS): a Strapi slower than that, at its first reads say, still fills the cache.
 */
const BACKGROUND_READ_TIMEOUT_MS = 30_000;

async function cmsHealth(cmsUrl: string): Promise<HealthReport> {
  try {
    const response = await fetch(new URL('/_health', cmsUrl), { signal: AbortSignal.timeout(2000) });
    return {
      status: response.ok ? 'ok' : 'degraded',
      cms: response.ok ? 'ok' : `unhealthy (${response.status})`,
    };
  } catch {
    return { status: 'degraded', cms: 'unreachable (serving the content read last)' };
  }
}

export async function startContentServer(options: ContentServerOptions): Promise<RunningContentServer> {
  const cms = new CmsClient({
    url: options.cmsUrl,
    publicUrl: options.cmsPublicUrl,
    apiToken: options.cmsApiToken,
    timeoutMs: options.cmsTimeoutMs,
  });
  const store = new ContentStore(cms, {
    ttlMs: options.cacheTtlMs,
    waitMs: options.cmsTimeoutMs,
    readTimeoutMs: Math.max(options.cmsTimeoutMs, BACKGROUND_READ_TIMEOUT_MS),
    retryAfterMs: RETRY_AFTER_FAILURE_MS,
    changeWaitMs: CHANGE_WAIT_MS,
    onReadFailure: (type, error) =>
      options.logger.warn({ type, error: (error as Error).message }, 'could not read the CMS'),
  });
  // A change one replica hears from Strapi: the others forget the same types, then the gateways
  // drop the responses showing it (after this replica forgot it, so none is stored again stale).
  const busOptions = { ...options.changes, logger: options.logger };
  const replicas = await openMessageBus<ContentChange>('content-changes', busOptions);
  replicas.subscribe((change) => store.purge(change.typenames));
  const gateways = await openCachePurger({ ...busOptions, gatewaySecret: options.gatewaySecret });
  const announce = (change: ContentChange) => {
    void replicas
      .publish(change)
      .catch((error: unknown) =>
        options.logger.warn({ err: error }, 'the other content replicas were not told of a change'),
      );
    void gateways.purge({
      tags: cacheTagsOfChange(change.typenames, change.documentId),
      reason: 'cms webhook',
    });
  };
  const server = await startSubgraphServer<ContentContext>({
    name: 'content',
    schema,
    cacheMaxAgeSeconds: CACHE_MAX_AGE.published,
    port: options.port,
    host: options.host,
    logger: options.logger,
    authSecret: options.authSecret,
    gatewaySecret: options.gatewaySecret,
    limits: options.limits,
    context: (base) => ({ ...base, content: new RequestContent(store, cms) }),
    plugins: [staleContentPlugin<ContentContext>((context) => context.content.staleNotice())],
    routes: webhookRoute(store, options.webhookSecret, options.logger, announce),
    health: () => cmsHealth(options.cmsUrl),
  });
  return {
    ...server,
    cms,
    warmUp: () => store.warmUp(COLLECTIONS),
    async stop() {
      await server.stop();
      await replicas.close();
      await gateways.close();
    },
  };
}
