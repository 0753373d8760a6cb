import type { Logger } from '@passerelle/platform/service';
import Redis from 'ioredis';

/** What a limiter says of one request: served, or refused until `retryAfterSeconds` have passed. */
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Token buckets: each bucket holds up to `perMinute` tokens (the burst a page load needs) and
 * refills at `perMinute / 60` a second; a request takes one.
 */
export interface RateLimiter {
  take(bucket: string, perMinute: number): Promise<RateDecision>;
  close(): Promise<void>;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

function refill(bucket: Bucket, perMinute: number, nowMs: number): number {
  return Math.min(perMinute, bucket.tokens + ((nowMs - bucket.updatedMs) * perMinute) / 60_000);
}

function decision(tokens: number, perMinute: number): RateDecision {
  if (tokens >= 1) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - tokens) * 60) / perMinute)) };
}

/** One gateway's buckets, in its memory: the default, right for a single replica. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    // A bucket refilled to the brim is the same as none: forget those, so memory follows traffic.
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  async take(key: string, perMinute: number): Promise<RateDecision> {
    const nowMs = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, updatedMs: nowMs };
    const tokens = refill(bucket, perMinute, nowMs);
    const taken = tokens >= 1 ? tokens - 1 : tokens;
    this.buckets.set(key, { tokens: taken, updatedMs: nowMs });
    return decision(tokens, perMinute);
  }

  private sweep(): void {
    const nowMs = this.now();
    for (const [key, bucket] of this.buckets) {
      if (nowMs - bucket.updatedMs > 60_000) this.buckets.delete(key);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

/**
 * The same buckets in Redis, so that every replica of the gateway counts the same requests. The
 * script runs atomically in Redis, with Redis's clock; a bucket expires once it would be full.
 */
const TAKE_SCRIPT = `
local perMinute = tonumber(ARGV[1])
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(state[1]) or perMinute
local updated = tonumber(state[2]) or nowMs
tokens = math.min(perMinute, tokens + (nowMs - updated) * perMinute / 60000)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', tostring(nowMs))
redis.call('PEXPIRE', KEYS[1], 60000)
return { allowed, tostring(tokens) }
`;

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly keyPrefix: string,
    private readonly logger: Logger,
    private readonly fallback: RateLimiter = new MemoryRateLimiter(),
  ) {
    // Fail fast: a request never waits on a Redis that went away; it is counted in memory instead.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.redis.on('error', (error) => this.logger.warn({ err: error }, 'rate limits: Redis unavailable'));
  }

  /** Waits (a little) for the first connection, so that a fresh gateway counts in Redis at once. */
  async connected(timeoutMs: number): Promise<boolean> {
    if (this.redis.status === 'ready') return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  async take(key: string, perMinute: number): Promise<RateDecision> {
    try {
      const [allowed, tokens] = (await this.redis.eval(
        TAKE_SCRIPT,
        1,
        `${this.keyPrefix}rate:${key}`,
        perMinute,
      )) as [number, string];
      return allowed === 1 ? { allowed: true, retryAfterSeconds: 0 } : decision(Number(tokens), perMinute);
    } catch {
      return this.fallback.take(key, perMinute);
    }
  }

  async close(): Promise<void> {
    await this.fallback.close();
    this.redis.disconnect();
  }
}

/** Buckets in Redis when a URL is given (waiting up to 2 s for it, then counting in memory meanwhile), else in memory. */
export async function openRateLimiter(
  redisUrl: string | undefined,
  keyPrefix: string,
  logger: Logger,
): Promise<RateLimiter> {
  if (!redisUrl) return new MemoryRateLimiter();
  const limiter = new RedisRateLimiter(redisUrl, keyPrefix, logger);
  if (!(await limiter.connected(2000))) {
    logger.warn('rate limits: Redis does not answer yet; counting in memory until it does');
  }
  return limiter;
}
