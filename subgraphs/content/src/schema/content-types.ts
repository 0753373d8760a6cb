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
    id: t.exposeID('id'),
    slug: t.exposeString('slug'),
    status: t.field({ type: ContentStatusEnum, resolve: (record) => record.status }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const GuideConnection = builder.connectionObject(
  { type: GuideRef, name: 'GuideConnection' },
  { name: 'GuideEdge' },
);
export const PracticeConnection = builder.connectionObject(
  { type: PracticeRef, name: 'PracticeConnection' },
  { name: 'PracticeEdge' },
);
export const ResourceConnection = builder.connectionObject(
  { type: ResourceRef, name: 'ResourceConnection' },
  { name: 'ResourceEdge' },
);
export const EventConnection = builder.connectionObject(
  { type: EventRef, name: 'EventConnection' },
  { name: 'EventEdge' },
);
export const PortalConnection = builder.connectionObject(
  { type: PortalRef, name: 'PortalConnection' },
  { name: 'PortalEdge' },
);
