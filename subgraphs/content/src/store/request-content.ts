import { unavailable } from '@passerelle/platform/errors';
import { combineStaleContent, type StaleContentNotice } from '@passerelle/platform/http';
import type { GraphQLError } from 'graphql';
import { type CmsClient, CmsUnavailableError } from '../cms/cms-client';
import type { Collection } from '../cms/collections';
import type { ContentRecord, ContentStatus } from '../cms/records';
import type { ContentStore } from './content-store';
import { type Snapshot, snapshotOf } from './snapshot';

function contentUnavailable(typename: string, error: CmsUnavailableError): GraphQLError {
  return unavailable(`${typename} content is unavailable: ${error.message}`);
}

/**
 * The content one request reads: each collection at most once per request and status (published
 * from the shared store, drafts straight from Strapi for previews), so that however many fields
 * and entities a query touches, it costs at most one CMS read per type.
 */
export class RequestContent {
  private readonly reads = new Map<string, Promise<Snapshot>>();
  private readonly staleTypes = new Map<string, Date>();

  constructor(
    private readonly store: ContentStore,
    private readonly client: CmsClient,
  ) {}

  snapshot<Item extends ContentRecord>(
    collection: Collection<Item>,
    status: ContentStatus = 'PUBLISHED',
  ): Promise<Snapshot<Item>> {
    const key = `${collection.typename}:${status}`;
    let read = this.reads.get(key);
    if (!read) {
      read = (status === 'PUBLISHED' ? this.readPublished(collection) : this.readDrafts(collection)).catch(
        (error: unknown) => {
          throw error instanceof CmsUnavailableError ? contentUnavailable(collection.typename, error) : error;
        },
      );
      this.reads.set(key, read);
    }
    return read as Promise<Snapshot<Item>>;
  }

  /** Set when some content was served from memory because Strapi could not be read. */
  staleNotice(): StaleContentNotice | undefined {
    return combineStaleContent(
      [...this.staleTypes].map(([type, readAt]) => ({ types: [type], readAt: readAt.toISOString() })),
    );
  }

  private async readPublished(collection: Collection): Promise<Snapshot> {
    const { snapshot, stale } = await this.store.published(collection);
    if (stale) this.staleTypes.set(collection.typename, snapshot.loadedAt);
    return snapshot;
  }

  private async readDrafts(collection: Collection): Promise<Snapshot> {
    return snapshotOf(collection, await this.client.fetchAll(collection, 'DRAFT'));
  }
}
