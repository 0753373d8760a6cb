import Redis from 'ioredis';
import {
  type CachedResponse,
  MemoryResponseStore,
  RedisResponseStore,
  type ResponseStore,
} from '../src/response-cache/response-store';

function response(body: string, tags: string[], storedAtMs = Date.now(), maxAgeSeconds = 60): CachedResponse {
  return { body, etag: `"${body}"`, storedAtMs, maxAgeSeconds, tags };
}

/** What every store must do, in memory or in Redis. */
function behavesAsAStore(open: () => Promise<ResponseStore>) {
  let store: ResponseStore;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(() => store.close());

  it('gives back what it keeps, and purges exactly the responses showing a tag', async () => {
    await store.set('a', response('A', ['Place:1', 'Place[]']));
    await store.set('b', response('B', ['Place:2']));
    await store.set('c', response('C', ['Department:40']));
    expect((await store.get('a'))?.body).toBe('A');
    expect(await store.purge(['Place:1', 'Guide:9'])).toBe(1);
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('b'))?.body).toBe('B');
    expect(await store.purge(['Place:2', 'Department:40'])).toBe(2);
    expect(await store.get('c')).toBeUndefined();
    expect(await store.purge(['Place:2'])).toBe(0);
  });
}

describe('the memory store', () => {
  behavesAsAStore(async () => new MemoryResponseStore(1024 * 1024));

  it('forgets a response past its max-age', async () => {
    let now = 1_000_000;
    const store = new MemoryResponseStore(1024, () => now);
    await store.set('a', response('A', [], now, 10));
    now += 9_999;
    expect((await store.get('a'))?.body).toBe('A');
    now += 1;
    expect(await store.get('a')).toBeUndefined();
  });

  it('lets the least recently used responses go past its size, with their tags', async () => {
    const store = new MemoryResponseStore(10);
    await store.set('a', response('aaaa', ['Place:1']));
    await store.set('b', response('bbbb', ['Place:2']));
    await store.get('a');
    await store.set('c', response('cccc', ['Place:3']));
    expect(await store.get('b')).toBeUndefined();
    expect((await store.get('a'))?.body).toBe('aaaa');
    expect((await store.get('c'))?.body).toBe('cccc');
    expect(await store.purge(['Place:2'])).toBe(0);
    await store.set('huge', response('x'.repeat(11), []));
    expect(await store.get('huge')).toBeUndefined();
  });
});

// The Redis paths run where a Redis answers (CI sets REDIS_URL when it does).
const redisUrl = process.env.REDIS_URL;
if (redisUrl)
  describe('the Redis store', () => {
    behavesAsAStore(
      async () => new RedisResponseStore(new Redis(redisUrl), `test-${process.pid}-${Date.now()}:cache:`),
    );
  });
