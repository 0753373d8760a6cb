import { createLogger } from '@passerelle/platform/service';
import {
  MemoryRateLimiter,
  openRateLimiter,
  type RateLimiter,
  RedisRateLimiter,
} from '../src/portals/rate-limiter';

describe('the in-memory token bucket', () => {
  it('serves a burst of its rate, then one request per refilled token', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(() => now);
    const taken = [];
    for (let index = 0; index < 4; index += 1) taken.push((await limiter.take('ip:1', 3)).allowed);
    expect(taken).toEqual([true, true, true, false]);
    // 3 a minute: one token every 20 s.
    expect((await limiter.take('ip:1', 3)).retryAfterSeconds).toBe(20);
    now += 19_000;
    expect((await limiter.take('ip:1', 3)).allowed).toBe(false);
    now += 1_000;
    expect((await limiter.take('ip:1', 3)).allowed).toBe(true);
    expect((await limiter.take('ip:2', 3)).allowed).toBe(true);
    await limiter.close();
  });
});

const redisUrl = process.env.REDIS_URL;
const logger = createLogger('test', 'silent');

// Only when a Redis answers (CI's second run sets REDIS_URL); a loop, as Jest refuses an empty table.
for (const url of redisUrl ? [redisUrl] : [])
  describe(`the Redis token bucket (${url})`, () => {
    const prefix = `test-${process.pid}-${Date.now()}:`;
    let replicas: RateLimiter[];

    beforeAll(async () => {
      replicas = [await openRateLimiter(url, prefix, logger), await openRateLimiter(url, prefix, logger)];
    });
    afterAll(async () => {
      for (const replica of replicas) await replica.close();
    });

    it('is one bucket for every replica', async () => {
      const [first, second] = replicas as [RateLimiter, RateLimiter];
      const taken = [
        (await first.take('key:shared', 3)).allowed,
        (await second.take('key:shared', 3)).allowed,
        (await first.take('key:shared', 3)).allowed,
        (await second.take('key:shared', 3)).allowed,
      ];
      expect(taken).toEqual([true, true, true, false]);
      expect((await second.take('key:shared', 3)).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    });
  });

describe('a Redis that does not answer', () => {
  it('does not stop requests: they are counted in memory instead', async () => {
    const limiter = new RedisRateLimiter('redis://127.0.0.1:1', 'test:', logger);
    const taken = [];
    for (let index = 0; index < 3; index += 1) taken.push((await limiter.take('ip:1', 2)).allowed);
    expect(taken).toEqual([true, true, false]);
    await limiter.close();
  });
});
