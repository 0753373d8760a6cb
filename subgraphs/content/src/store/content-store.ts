import { type CmsClient, CmsUnavailableError } from '../cms/cms-client';
import type { Collection } from '../cms/collections';
import type { ContentRecord } from '../cms/records';
import { type Snapshot, snapshotOf } from './snapshot';

export interface StoreOptions {
  /** How long a snapshot is served before Strapi is read again. */
  ttlMs: number;
  /** After Strapi failed, how long the last snapshot is served before Strapi is tried again. */
  retryAfterMs: number;
}

/** A snapshot, and whether it is older than it should be because Strapi could not be read. */
export interface StoreRead<Item extends ContentRecord> {
  snapshot: Snapshot<Item>;
  stale: boolean;
}

interface Entry {
  snapshot?: Snapshot;
  /** The purge generation the snapshot was read in: older means something changed since. */
  generation: number;
  loading?: { generation: number; promise: Promise<Snapshot> };
  failedAt?: number;
}

/**
 * The published content, shared by all requests: each collection read whole from Strapi, kept for
 * a TTL, forgotten when a webhook says it changed, and kept as a fallback while Strapi is down.
 * Concurrent requests for the same collection share one read.
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
    const now = Date.now();
    const snapshot = entry.snapshot as Snapshot<Item> | undefined;
    if (
      snapshot &&
      entry.generation === generation &&
      now - snapshot.loadedAt.getTime() < this.options.ttlMs
    ) {
      return { snapshot, stale: false };
    }
    if (snapshot && entry.failedAt !== undefined && now - entry.failedAt < this.options.retryAfterMs) {
      return { snapshot, stale: true };
    }
    try {
      return { snapshot: (await this.load(collection, entry, generation)) as Snapshot<Item>, stale: false };
    } catch (error) {
      if (!(error instanceof CmsUnavailableError)) throw error;
      entry.failedAt = Date.now();
      if (snapshot) return { snapshot, stale: true };
      throw error;
    }
  }

  /** Forgets what it knows of these types (the last snapshot stays as a fallback). */
  purge(typenames: Iterable<string>): void {
    for (const typename of typenames) {
      this.generations.set(typename, (this.generations.get(typename) ?? 0) + 1);
      this.entryOf(typename).failedAt = undefined;
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

  private load(collection: Collection, entry: Entry, generation: number): Promise<Snapshot> {
    if (entry.loading?.generation === generation) return entry.loading.promise;
    const promise = this.client.fetchAll(collection, 'PUBLISHED').then((items) => {
      const snapshot = snapshotOf(collection, items);
      // A read started before a purge must not pass for fresh content after it.
      if (generation >= entry.generation) {
        entry.snapshot = snapshot;
        entry.generation = generation;
        entry.failedAt = undefined;
      }
      return snapshot;
    });
    entry.loading = { generation, promise };
    const done = () => {
      if (entry.loading?.promise === promise) entry.loading = undefined;
    };
    promise.then(done, done);
    return promise;
  }
}
