import type { ObjectRef } from '@pothos/core';
import { builder, type ContentSchemaTypes } from '../builder';
import { type Collection, EVENTS, GUIDES, PAGES, PORTALS, PRACTICES, RESOURCES } from '../cms/collections';
import type { ContentRecord } from '../cms/records';
import { ContentStatusEnum } from './vocabulary';

/** A content type's GraphQL type, named by its collection. */
const contentRef = <Item extends ContentRecord>(collection: Collection<Item>) =>
  builder.objectRef<Item>(collection.typename);

/** A Relay connection over a content type: `<Type>Connection` of `<Type>Edge`s of `items`. */
const connectionOver = <Item extends ContentRecord>(
  ref: ObjectRef<ContentSchemaTypes, Item>,
  { typename }: Collection<Item>,
  items: string,
) =>
  builder.connectionObject(
    { type: ref, name: `${typename}Connection`, description: `A page of ${items}, with the total count.` },
    { name: `${typename}Edge`, description: `One of the ${items} of a page, with its cursor.` },
  );

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

export const GuideConnection = connectionOver(GuideRef, GUIDES, 'guides');
export const PracticeConnection = connectionOver(PracticeRef, PRACTICES, 'good practices');
export const ResourceConnection = connectionOver(ResourceRef, RESOURCES, 'toolkit items');
export const EventConnection = connectionOver(EventRef, EVENTS, 'events');
export const PortalConnection = connectionOver(PortalRef, PORTALS, 'portals');
