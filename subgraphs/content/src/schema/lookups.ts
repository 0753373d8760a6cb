import type { ArgumentRef, ObjectRef } from '@pothos/core';
import { builder, type ContentContext, type ContentSchemaTypes } from '../builder';
import type { Collection } from '../cms/collections';
import type { ContentRecord, ContentStatus } from '../cms/records';
import { draftsForContentEditors, findById, findBySlug, loadById, previewArg, statusFor } from './common';

/** `findById` or `findBySlug`. */
type Find<Item extends ContentRecord> = (
  context: ContentContext,
  collection: Collection<Item>,
  status: ContentStatus,
  key: string,
) => Promise<Item>;

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
  builder.queryFields((t) => {
    const lookup = (
      key: 'id' | 'slug',
      arg: ArgumentRef<ContentSchemaTypes, string | number>,
      find: Find<Item>,
    ) =>
      t.field({
        type: ref,
        nullable: true,
        description: `A ${typename} by ${key} (NOT_FOUND when there is none).`,
        args: { [key]: arg, preview: t.arg(previewArg) },
        authScopes: draftsForContentEditors,
        // Pothos cannot work out a generic Item's result type, nor a computed argument's: the refs say them.
        resolve: (_root, args, context, info) =>
          find(
            context,
            collection,
            statusFor(args.preview as boolean | null, info),
            String(args[key]),
          ) as never,
      });
    return {
      [field]: lookup('id', t.arg.id({ description: `The \`id\` of the ${typename}` }), findById),
      [`${field}BySlug`]: lookup(
        'slug',
        t.arg.string({ description: `The \`slug\` of the ${typename}` }),
        findBySlug,
      ),
    };
  });
  builder.asEntity(ref, {
    key: builder.selection<{ id: string }>('id'),
    resolveReference: ({ id }, context) => loadById(context, collection, 'PUBLISHED', id),
  });
}
