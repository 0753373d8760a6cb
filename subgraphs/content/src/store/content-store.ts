import { type CmsClient, CmsUnavailableError } from '../cms/cms-client';
import type { Collection } from '../cms/collections';
import type { ContentRecord } from '../cms/records';
import { type Snapshot, snapshotOf } from './snapshot';

export interface StoreOptions {
  /** How long a snapshot is served as it is before Strapi is read again (in the background). */
  ttlMs: number;
  /** How long a request waits for content never read yet (CMS_TIMEOUT_MS) before it is unavailable. */
  waitMs: number;
  /**
   * How long a read of Strapi may go on: longer than requests wait, so that a slow Strapi still
   * fills the cache for the next ones.
   */
  readTimeoutMs: number;
  /** After a read of Strapi failed, how long content already read is served before Strapi is tried again. */
  retryAfterMs: number;
  /**
   * After a webhook announced a change, how long a request may wait for the new content before
   * it is served the last content read, marked stale.
   */
  changeWaitMs: number;
  /** A read of Strapi failed (the store keeps serving what it has). */
  onReadFailure?: (typename: string, error: unknown) => void;
}

/** A snapshot, and whether it is older than it should be because Strapi could not be read. */
export interface StoreRead<Item extends ContentRecord> {
  snapshot: Snapshot<Item>;
  stale: boolean;
}

interface Loading {
  generation: number;
  startedAt: number;
  promise: Promise<Snapshot>;
}

interface Entry {
  snapshot?: Snapshot;
  /** The purge generation the snapshot was read in: older means something changed since. */
  generation: number;
  loading?: Loading;
  /** The last read failed: when, and why. */
  failure?: { at: number; error: unknown };
}

/**
 * The published content, shared by all requests: each collection read whole from Strapi and
 * served from memory. Once a collection was read, requests never wait for a slow or stalled
 * Strapi longer than `changeWaitMs`: an expired snapshot is served while it is read again in the
 * background (stale-while-revalidate), and a webhook's change is waited for only briefly. Only a
 * collection never read makes requests wait, `waitMs` at most, counted from the start of the read
 * they share. Reads go on in the background when nobody waits for them any more.
 */
export class ContentStore {
  private readonly entries = new Map<string, Entry>();
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly client: CmsClient,
    private readonly options: StoreOptions,
  ) {}

  async published<Item extends ContentRecord>(collection: Collection<Item>): Promise<StoreRead<Item>> {
    const entry = this.entryOf(collection.typename);
    const generation = this.generations.get(collection.typename) ?? 0;
    const snapshot = entry.snapshot as Snapshot<Item> | undefined;
    const now = Date.now();

    if (!snapshot) {
      // A read under way is shared, and waited for `waitMs` from its start: a request that comes
      // later waits less, or not at all. A read that failed is tried again by the next request.
      const loading = this.load(collection, entry, generation);
      const fresh = await settledWithin(loading.promise, loading.startedAt + this.options.waitMs - now);
      if (!fresh) throw new CmsUnavailableError(`the CMS did not answer within ${this.options.waitMs} ms`);
      return { snapshot: fresh.value as Snapshot<Item>, stale: false };
    }
    const changed = entry.generation !== generation;
    if (!changed && now - snapshot.loadedAt.getTime() < this.options.ttlMs) {
      return { snapshot, stale: false };
    }
    const lastReadFailed = entry.failure !== undefined;
    // Strapi just failed: serve what there is without asking it again yet.
    if (entry.failure && now - entry.failure.at < this.options.retryAfterMs) return { snapshot, stale: true };

    const loading = this.load(collection, entry, generation);
    if (changed && !lastReadFailed) {
      // A change was announced: its content is worth a short wait, counted from the read's start.
      const fresh = await settledWithin(
        loading.promise.catch(() => undefined),
        loading.startedAt + this.options.changeWaitMs - now,
      );
      if (fresh?.value) return { snapshot: fresh.value as Snapshot<Item>, stale: false };
    }
    // Older than it should be: changed since, or Strapi failed or is overdue with its new version.
    const overdue = now - loading.startedAt >= this.options.waitMs;
    return { snapshot, stale: changed || lastReadFailed || overdue };
  }

  /**
   * Reads every collection once, so that the first requests do not wait for a Strapi that just
   * started (its first reads take seconds). A failure is recorded as any other read's.
   */
  async warmUp(collections: Collection[]): Promise<void> {
    await Promise.allSettled(
      collections.map((collection) => {
        const generation = this.generations.get(collection.typename) ?? 0;
        return this.load(collection, this.entryOf(collection.typename), generation).promise;
      }),
    );
  }

  /** Forgets what it knows of these types (the last snapshot stays as a fallback). */
  purge(typenames: Iterable<string>): void {
    for (const typename of typenames) {
      this.generations.set(typename, (this.generations.get(typename) ?? 0) + 1);
      // Strapi is the one telling: it answers again.
      this.entryOf(typename).failure = undefined;
    }
  }

  private entryOf(typename: string): Entry {
    let entry = this.entries.get(typename);
    if (!entry) {
      entry = { generation: -1 };
      this.entries.set(typename, entry);
    }
    return entry;
  }

  /** Reads a collection, or joins the read under way; its failure is recorded, and handled. */
  private load(collection: Collection, entry: Entry, generation: number): Loading {
    if (entry.loading?.generation === generation) return entry.loading;
    const promise = this.client.fetchAll(collection, 'PUBLISHED', this.options.readTimeoutMs).then(
      (items) => {
        const snapshot = snapshotOf(collection, items);
        // A read started before a purge must not pass for fresh content after it.
        if (generation >= entry.generation) {
          entry.snapshot = snapshot;
          entry.generation = generation;
          entry.failure = undefined;
        }
        return snapshot;
      },
      (error: unknown) => {
        entry.failure = { at: Date.now(), error };
        this.options.onReadFailure?.(collection.typename, error);
        throw error;
      },
    );
    const loading = { generation, startedAt: Date.now(), promise };
    entry.loading = loading;
    const done = () => {
      if (entry.loading === loading) entry.loading = undefined;
    };
    // Reads made in the background have nobody waiting: their failure is recorded above.
    promise.then(done, done);
    return loading;
  }
}

/**
 * `{ value }` if the promise resolves within `ms`, undefined if it takes longer; its rejection
 * within `ms` is thrown.
 */
async function settledWithin<Value>(
  promise: Promise<Value>,
  ms: number,
): Promise<{ value: Value } | undefined> {
  if (ms <= 0) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
