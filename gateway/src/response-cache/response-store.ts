import type { Logger } from '@passerelle/platform/service';
import Redis from 'ioredis';

/** A response kept for the requests that ask the same thing. */
export interface CachedResponse {
  /** The response as sent (JSON). */
  body: string;
  etag: string;
  /** When it was stored, and for how long (ms, s): what is left becomes the client's max-age. */
  storedAtMs: number;
  maxAgeSeconds: number;
  /** What it shows (cache-tags.ts): a purge of any of them removes it. */
  tags: string[];
}

export interface ResponseStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, response: CachedResponse): Promise<void>;
  /** Removes the responses showing any of these tags; says how many went. */
  purge(tags: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

function expired(response: CachedResponse, nowMs: number): boolean {
  return nowMs >= response.storedAtMs + response.maxAgeSeconds * 1000;
}

/**
 * One gateway's responses in its memory (the default): least recently used first out past
 * `maxBytes`, with an index from each tag to the responses showing it.
 */
export class MemoryResponseStore implements ResponseStore {
  private readonly responses = new Map<string, CachedResponse>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const response = this.responses.get(key);
    if (!response) return undefined;
    if (expired(response, this.now())) {
      this.remove(key);
      return undefined;
    }
    // Map order is the eviction order: a hit moves the response to the back.
    this.responses.delete(key);
    this.responses.set(key, response);
    return response;
  }

  async set(key: string, response: CachedResponse): Promise<void> {
    this.remove(key);
    if (response.body.length > this.maxBytes) return;
    this.responses.set(key, response);
    this.bytes += response.body.length;
    for (const tag of response.tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
    for (const oldest of this.responses.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  async purge(tags: readonly string[]): Promise<number> {
    let removed = 0;
    for (const tag of tags) {
      for (const key of this.keysByTag.get(tag) ?? []) removed += this.remove(key) ? 1 : 0;
    }
    return removed;
  }

  private remove(key: string): boolean {
    const response = this.responses.get(key);
    if (!response) return false;
    this.responses.delete(key);
    this.bytes -= response.body.length;
    for (const tag of response.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }

  async close(): Promise<void> {
    this.responses.clear();
    this.keysByTag.clear();
  }
}

/**
 * The responses of every replica in one Redis (REDIS_URL): each expires with its max-age, and a
 * set per tag lists the responses showing it (kept as long as the longest of them).
 */
export class RedisResponseStore implements ResponseStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const text = await this.redis.get(`${this.prefix}response:${key}`);
    return text ? (JSON.parse(text) as CachedResponse) : undefined;
  }

  async set(key: string, response: CachedResponse): Promise<void> {
    const responseKey = `${this.prefix}response:${key}`;
    const batch = this.redis.multi().set(responseKey, JSON.stringify(response), 'EX', response.maxAgeSeconds);
    for (const tag of response.tags) {
      const tagKey = `${this.prefix}tag:${tag}`;
      batch.sadd(tagKey, responseKey).expire(tagKey, response.maxAgeSeconds, 'GT');
      // A new set has no expiry for GT to compare with: give it one.
      batch.expire(tagKey, response.maxAgeSeconds, 'NX');
    }
    await batch.exec();
  }

  async purge(tags: readonly string[]): Promise<number> {
    let removed = 0;
    for (const tag of tags) {
      const tagKey = `${this.prefix}tag:${tag}`;
      const [[, keys]] = (await this.redis.multi().smembers(tagKey).del(tagKey).exec()) as [
        [unknown, string[]],
      ];
      if (keys.length > 0) removed += await this.redis.del(...keys);
    }
    return removed;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** Redis when REDIS_URL is set and answers, else memory (with a warning if Redis was meant). */
export async function openResponseStore(options: {
  redisUrl: string | undefined;
  keyPrefix: string;
  maxBytes: number;
  logger: Logger;
}): Promise<ResponseStore> {
  if (!options.redisUrl) return new MemoryResponseStore(options.maxBytes);
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', (error) => options.logger.warn({ err: error }, 'response cache: Redis error'));
  try {
    await redis.connect();
    return new RedisResponseStore(redis, `${options.keyPrefix}cache:`);
  } catch (error) {
    redis.disconnect();
    options.logger.warn(
      { err: error },
      'response cache: Redis cannot be reached; responses are kept in memory',
    );
    return new MemoryResponseStore(options.maxBytes);
  }
}
