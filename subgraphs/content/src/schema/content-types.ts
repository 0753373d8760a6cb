import { builder } from '../builder';
import type {
  ContentRecord,
  EventRecord,
  GuideRecord,
  PageRecord,
  PortalRecord,
  PracticeRecord,
  ResourceRecord,
} from '../cms/records';
import { ContentStatusEnum } from './vocabulary';

/**
 * The content types, declared here and implemented in their own files: they refer to each other
 * (a portal features guides, a guide is shown on portals).
 */
export const GuideRef = builder.objectRef<GuideRecord>('Guide');
export const PracticeRef = builder.objectRef<PracticeRecord>('Practice');
export const ResourceRef = builder.objectRef<ResourceRecord>('Resource');
export const EventRef = builder.objectRef<EventRecord>('Event');
export const PageRef = builder.objectRef<PageRecord>('Page');
export const PortalRef = builder.objectRef<PortalRecord>('Portal');

export const ContentInterface = builder.interfaceRef<ContentRecord>('Content').implement({
  description: 'A document of the CMS: the same id for its draft and its published version.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The CMS's document id (lower-case letters and digits)" }),
    slug: t.exposeString('slug', { description: 'Its name in URLs, for the `…BySlug` queries' }),
    status: t.field({
      type: ContentStatusEnum,
      description: 'Published, or a draft seen in a preview',
      resolve: (record) => record.status,
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published; null for a draft',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When it was last changed in the CMS',
    }),
  }),
});

export const GuideConnection = builder.connectionObject(
  { type: GuideRef, name: 'GuideConnection', description: 'A page of guides, with the total count.' },
  { name: 'GuideEdge', description: 'One of the guides of a page, with its cursor.' },
);
export const PracticeConnection = builder.connectionObject(
  {
    type: PracticeRef,
    name: 'PracticeConnection',
    description: 'A page of good practices, with the total count.',
  },
  { name: 'PracticeEdge', description: 'One of the good practices of a page, with its cursor.' },
);
export const ResourceConnection = builder.connectionObject(
  {
    type: ResourceRef,
    name: 'ResourceConnection',
    description: 'A page of toolkit items, with the total count.',
  },
  { name: 'ResourceEdge', description: 'One of the toolkit items of a page, with its cursor.' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection', description: 'A page of events, with the total count.' },
  { name: 'EventEdge', description: 'One of the events of a page, with its cursor.' },
);
export const PortalConnection = builder.connectionObject(
  { type: PortalRef, name: 'PortalConnection', description: 'A page of portals, with the total count.' },
  { name: 'PortalEdge', description: 'One of the portals of a page, with its cursor.' },
);
