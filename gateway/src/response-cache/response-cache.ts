import {
  CACHE_PURGE_CHANNEL,
  type CachePurge,
  type MessageBus,
  openMessageBus,
} from '@passerelle/platform/cache';
import type { Logger } from '@passerelle/platform/service';
import { type CachedResponse, openResponseStore, type ResponseStore } from './response-store';

export interface ResponseCacheOptions {
  redisUrl: string | undefined;
  keyPrefix: string;
  /** The most a replica keeps in memory (without Redis). */
  maxBytes: number;
  logger: Logger;
}

/**
 * The gateway's responses and their purges: stored in memory or Redis (response-store.ts);
 * purged here for a mutation, or for a change announced on the purge channel (an import, the
 * CMS) or sent to this gateway's purge route; every purge is passed on to the other replicas.
 * A cache that fails (Redis down) answers nothing and stores nothing: requests go on uncached.
 */
export class ResponseCache {
  /** When this replica last purged: a response being built across a purge is not stored. */
  private lastPurgeAtMs = 0;

  private constructor(
    private readonly store: ResponseStore,
    private readonly bus: MessageBus<CachePurge>,
    private readonly logger: Logger,
  ) {
    bus.subscribe((purge) => void this.purgeHere(purge));
  }

  static async open(options: ResponseCacheOptions): Promise<ResponseCache> {
    const store = await openResponseStore(options);
    const bus = await openMessageBus<CachePurge>(CACHE_PURGE_CHANNEL, options);
    return new ResponseCache(store, bus, options.logger);
  }

  async get(key: string, logger: Logger): Promise<CachedResponse | undefined> {
    try {
      return await this.store.get(key);
    } catch (error) {
      logger.warn({ err: error }, 'response cache: a read failed; answering uncached');
      return undefined;
    }
  }

  async set(key: string, response: CachedResponse, logger: Logger): Promise<void> {
    try {
      await this.store.set(key, response);
    } catch (error) {
      logger.warn({ err: error }, 'response cache: a response could not be stored');
    }
  }

  purgedSince(ms: number): boolean {
    return this.lastPurgeAtMs >= ms;
  }

  /** Purges here and on every other replica. */
  async purge(purge: CachePurge): Promise<number> {
    const removed = await this.purgeHere(purge);
    try {
      await this.bus.publish(purge);
    } catch (error) {
      this.logger.warn(
        { err: error, reason: purge.reason },
        'response cache: the other replicas were not told of a purge',
      );
    }
    return removed;
  }

  private async purgeHere(purge: CachePurge): Promise<number> {
    this.lastPurgeAtMs = Date.now();
    try {
      const removed = await this.store.purge(purge.tags);
      this.logger.debug({ reason: purge.reason, tags: purge.tags.length, removed }, 'response cache purged');
      return removed;
    } catch (error) {
      this.logger.error({ err: error, reason: purge.reason }, 'response cache: a purge failed');
      return 0;
    }
  }

  async close(): Promise<void> {
    await this.bus.close();
    await this.store.close();
  }
}
