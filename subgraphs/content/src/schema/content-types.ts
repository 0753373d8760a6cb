import type { ObjectRef } from '@pothos/core';
import { builder, type ContentSchemaTypes } from '../builder';
import { type Collection, EVENTS, GUIDES, PAGES, PORTALS, PRACTICES, RESOURCES } from '../cms/collections';
import type { ContentRecord } from '../cms/records';
import { ContentStatusEnum } from './vocabulary';

/** A content type's GraphQL type, named by its collection. */
const contentRef = <Item extends ContentRecord>(collection: Collection<Item>) =>
  builder.objectRef<Item>(collection.typename);

/** A Relay connection over a content type: `<Type>Connection` of `<Type>Edge`s. */
const connectionOver = <Item extends ContentRecord>(
  ref: ObjectRef<ContentSchemaTypes, Item>,
  { typename }: Collection<Item>,
) => builder.connectionObject({ type: ref, name: `${typename}Connection` }, { name: `${typename}Edge` });

/**
 * The content types, declared here and implemented in their own files: they refer to each other
 * (a portal features guides, a guide is shown on portals).
 */
export const GuideRef = contentRef(GUIDES);
export const PracticeRef = contentRef(PRACTICES);
export const ResourceRef = contentRef(RESOURCES);
export const EventRef = contentRef(EVENTS);
export const PageRef = contentRef(PAGES);
export const PortalRef = contentRef(PORTALS);

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

export const GuideConnection = connectionOver(GuideRef, GUIDES);
export const PracticeConnection = connectionOver(PracticeRef, PRACTICES);
export const ResourceConnection = connectionOver(ResourceRef, RESOURCES);
export const EventConnection = connectionOver(EventRef, EVENTS);
export const PortalConnection = connectionOver(PortalRef, PORTALS);
