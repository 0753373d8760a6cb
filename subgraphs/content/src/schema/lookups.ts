import type { ObjectRef } from '@pothos/core';
import { builder, type ContentSchemaTypes } from '../builder';
import type { Collection } from '../cms/collections';
import type { ContentRecord } from '../cms/records';
import { draftsForContentEditors, findById, findBySlug, loadById, previewArg, statusFor } from './common';

/**
 * What every content type has: `<type>(id)` and `<type>BySlug(slug)` queries (drafts in
 * previews), and its entity resolution for the rest of the graph (published content only).
 */
export function addLookups<Item extends ContentRecord>(
  field: string,
  ref: ObjectRef<ContentSchemaTypes, Item>,
  collection: Collection<Item>,
): void {
  const typename = collection.typename;
  builder.queryFields((t) => ({
    [field]: t.field({
      type: ref,
      nullable: true,
      description: `A ${typename} by id (NOT_FOUND when there is none).`,
      args: { id: t.arg.id({ description: `The \`id\` of the ${typename}` }), preview: t.arg(previewArg) },
      authScopes: draftsForContentEditors,
      // Pothos cannot work out a generic Item's result type: the ref above says it.
      resolve: (_root, { id, preview }, context) =>
        findById(context, collection, statusFor(preview), String(id)) as never,
    }),
    [`${field}BySlug`]: t.field({
      type: ref,
      nullable: true,
      description: `A ${typename} by slug (NOT_FOUND when there is none).`,
      args: {
        slug: t.arg.string({ description: `The \`slug\` of the ${typename}` }),
        preview: t.arg(previewArg),
      },
      authScopes: draftsForContentEditors,
      resolve: (_root, { slug, preview }, context) =>
        findBySlug(context, collection, statusFor(preview), slug) as never,
    }),
  }));
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: ({ id }, context) => loadById(context, collection, 'PUBLISHED', id),
  });
}
