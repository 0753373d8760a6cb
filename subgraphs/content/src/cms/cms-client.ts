import { z } from 'zod';
import type { Collection } from './collections';
import { recordParsers } from './record-parsers';
import type { ContentRecord, ContentStatus } from './records';

/** Strapi did not answer, or answered with an error: the caller serves what it has, or says so. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

export interface CmsClientOptions {
  url: string;
  publicUrl: string;
  apiToken: string;
  /** How long one read of a collection (all its pages) may take, unless the caller says otherwise. */
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
    timeoutMs = this.options.timeoutMs,
  ): Promise<Item[]> {
    const records: Item[] = [];
    // One deadline for the whole collection: however many pages, a read ends within it.
    const deadline = AbortSignal.timeout(timeoutMs);
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const body = await this.fetchPage(collection, status, page, { signal: deadline, timeoutMs });
      pageCount = body.meta.pagination.pageCount;
      for (const raw of body.data) {
        const parsed = this.parsers[collection.parser].safeParse(raw);
        // A document Strapi serves in a shape the subgraph does not expect is left out, not served half.
        if (parsed.success) records.push(parsed.data as unknown as Item);
      }
    }
    return records;
  }

  private async fetchPage(
    collection: Collection,
    status: ContentStatus,
    page: number,
    deadline: { signal: AbortSignal; timeoutMs: number },
  ) {
    const query = new URLSearchParams({
      status: status === 'DRAFT' ? 'draft' : 'published',
      'pagination[page]': String(page),
      'pagination[pageSize]': String(PAGE_SIZE),
      'sort[0]': 'id:asc',
      ...collection.populate,
    });
    const url = new URL(`/api/${collection.path}?${query}`, this.options.url);
    this.requestsByPath.set(collection.path, (this.requestsByPath.get(collection.path) ?? 0) + 1);
    const unanswered = (error: unknown) =>
      new CmsUnavailableError(
        deadline.signal.aborted
          ? `the CMS did not answer within ${deadline.timeoutMs} ms`
          : `the CMS did not answer (${describe(error)})`,
      );
    const request = () =>
      fetch(url, { headers: { authorization: `Bearer ${this.options.apiToken}` }, signal: deadline.signal });
    let response: Response;
    try {
      response = await request().catch((error: unknown) => {
        // A kept-alive connection Strapi closed just as it was reused: once more, on a new one.
        if (deadline.signal.aborted || !closedConnection(error)) throw error;
        return request();
      });
    } catch (error) {
      throw unanswered(error);
    }
    if (!response.ok) {
      throw new CmsUnavailableError(`the CMS answered ${response.status} for /api/${collection.path}`);
    }
    const json = await response.json().catch((error: unknown) => {
      // A body cut short by the deadline is no answer; one that is not JSON is an unexpected page.
      if (deadline.signal.aborted) throw unanswered(error);
      return null;
    });
    const body = pageSchema.safeParse(json);
    if (!body.success)
      throw new CmsUnavailableError(`the CMS sent an unexpected page for /api/${collection.path}`);
    return body.data;
  }
}

const causeOf = (error: unknown) => (error as { cause?: { code?: string; message?: string } }).cause;

const closedConnection = (error: unknown) =>
  ['UND_ERR_SOCKET', 'ECONNRESET'].includes(causeOf(error)?.code ?? '');

/** fetch says "fetch failed" and puts why in its cause (ECONNREFUSED, ECONNRESET...). */
function describe(error: unknown): string {
  const cause = causeOf(error);
  return cause ? `${(error as Error).message}: ${cause.code ?? cause.message}` : (error as Error).message;
}
