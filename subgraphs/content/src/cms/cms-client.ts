import { z } from 'zod';
import type { Collection } from './collections';
import type { ContentRecord, ContentStatus } from './records';
import { recordParsers } from './records';

/** Strapi did not answer, or answered with an error: the caller serves what it has, or says so. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

export interface CmsClientOptions {
  url: string;
  publicUrl: string;
  apiToken: string;
  timeoutMs: number;
}

/** Strapi caps a page at api.rest.maxLimit (cms/config/api.ts). */
const PAGE_SIZE = 500;

const pageSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination: z.object({ page: z.number(), pageCount: z.number() }) }),
});

/**
 * Reads whole collections from Strapi's REST API with the read-only token, published or draft
 * versions. Counts its requests per collection (tests check the batching with it).
 */
export class CmsClient {
  readonly requestsByPath = new Map<string, number>();
  private readonly parsers: ReturnType<typeof recordParsers>;

  constructor(private readonly options: CmsClientOptions) {
    this.parsers = recordParsers(options.publicUrl);
  }

  async fetchAll<Item extends ContentRecord>(
    collection: Collection<Item>,
    status: ContentStatus,
  ): Promise<Item[]> {
    const records: Item[] = [];
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const body = await this.fetchPage(collection, status, page);
      pageCount = body.meta.pagination.pageCount;
      for (const raw of body.data) {
        const parsed = this.parsers[collection.parser].safeParse(raw);
        // A document Strapi serves in a shape the subgraph does not expect is left out, not served half.
        if (parsed.success) records.push(parsed.data as unknown as Item);
      }
    }
    return records;
  }

  private async fetchPage(collection: Collection, status: ContentStatus, page: number) {
    const query = new URLSearchParams({
      status: status === 'DRAFT' ? 'draft' : 'published',
      'pagination[page]': String(page),
      'pagination[pageSize]': String(PAGE_SIZE),
      'sort[0]': 'id:asc',
      ...collection.populate,
    });
    const url = new URL(`/api/${collection.path}?${query}`, this.options.url);
    this.requestsByPath.set(collection.path, (this.requestsByPath.get(collection.path) ?? 0) + 1);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${this.options.apiToken}` },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new CmsUnavailableError(`the CMS did not answer (${(error as Error).message})`);
    }
    if (!response.ok) {
      throw new CmsUnavailableError(`the CMS answered ${response.status} for /api/${collection.path}`);
    }
    const body = pageSchema.safeParse(await response.json().catch(() => null));
    if (!body.success)
      throw new CmsUnavailableError(`the CMS sent an unexpected page for /api/${collection.path}`);
    return body.data;
  }
}
