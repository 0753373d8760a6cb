import type { recordParsers } from './record-parsers';
import type {
  ContentRecord,
  EventRecord,
  GuideRecord,
  PageRecord,
  PortalRecord,
  PracticeRecord,
  ResourceRecord,
} from './records';

/**
 * The CMS's collection types the subgraph serves: where Strapi's REST API has them, what to
 * populate with them, and the order lists show them in.
 */
export interface Collection<Item extends ContentRecord = ContentRecord> {
  /** The GraphQL type, which also names the per-request loaders and the cache entries. */
  typename: string;
  /** Strapi's uid, as its webhooks name it. */
  uid: string;
  /** The REST path under /api. */
  path: string;
  parser: keyof ReturnType<typeof recordParsers>;
  /** Query-string parameters that populate components, media and relations (ids only). */
  populate: Record<string, string>;
  order(a: Item, b: Item): number;
}

const relationIds = (field: string) => ({ [`populate[${field}][fields][0]`]: 'documentId' });
const populateAll = (field: string) => ({ [`populate[${field}]`]: 'true' });

const newestFirst = (a: ContentRecord, b: ContentRecord) =>
  (b.publishedAt ?? b.updatedAt).getTime() - (a.publishedAt ?? a.updatedAt).getTime() ||
  a.id.localeCompare(b.id);

export const GUIDES: Collection<GuideRecord> = {
  typename: 'Guide',
  uid: 'api::guide.guide',
  path: 'guides',
  parser: 'guide',
  populate: { ...populateAll('territories'), ...populateAll('cover'), ...relationIds('portals') },
  order: newestFirst,
};

export const PRACTICES: Collection<PracticeRecord> = {
  typename: 'Practice',
  uid: 'api::practice.practice',
  path: 'practices',
  parser: 'practice',
  populate: { ...populateAll('territory'), ...populateAll('contact'), ...populateAll('cover') },
  order: newestFirst,
};

export const RESOURCES: Collection<ResourceRecord> = {
  typename: 'Resource',
  uid: 'api::resource.resource',
  path: 'resources',
  parser: 'resource',
  populate: populateAll('file'),
  order: newestFirst,
};

export const EVENTS: Collection<EventRecord> = {
  typename: 'Event',
  uid: 'api::event.event',
  path: 'events',
  parser: 'event',
  populate: populateAll('territory'),
  /** Soonest first. */
  order: (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id),
};

export const PAGES: Collection<PageRecord> = {
  typename: 'Page',
  uid: 'api::page.page',
  path: 'pages',
  parser: 'page',
  populate: relationIds('portal'),
  order: (a, b) => a.position - b.position || a.title.localeCompare(b.title, 'fr'),
};

export const PORTALS: Collection<PortalRecord> = {
  typename: 'Portal',
  uid: 'api::portal.portal',
  path: 'portals',
  parser: 'portal',
  populate: {
    ...populateAll('territories'),
    ...populateAll('colours'),
    ...populateAll('logo'),
    ...populateAll('navigation'),
    ...relationIds('featuredGuides'),
    ...relationIds('featuredPractices'),
  },
  order: (a, b) => a.name.localeCompare(b.name, 'fr'),
};

export const COLLECTIONS: Collection[] = [GUIDES, PRACTICES, RESOURCES, EVENTS, PAGES, PORTALS] as never;

/**
 * What to forget when a document of a type changes: the type itself, and the types whose records
 * embed ids of it (so that, say, a deleted portal leaves no guide pointing at it).
 */
export const PURGED_WITH: Record<string, string[]> = {
  'api::guide.guide': ['Guide', 'Portal'],
  'api::practice.practice': ['Practice', 'Portal'],
  'api::resource.resource': ['Resource'],
  'api::event.event': ['Event'],
  'api::page.page': ['Page'],
  'api::portal.portal': ['Portal', 'Guide', 'Page'],
};
