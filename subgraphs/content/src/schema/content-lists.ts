import type { TerritoryReference } from '@passerelle/contracts/territory-types';
import type { InputObjectRef, ObjectRef } from '@pothos/core';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { builder, type ContentContext, type ContentSchemaTypes } from '../builder';
import type { ContentRecord, ContentStatus } from '../cms/records';
import { connectionOf, draftsForContentEditors, previewArg, statusFor } from './common';
import { CommuneRef, DepartmentRef, RegionRef } from './references';

/** A content type that lists by territory: guides, practices and events. */
export interface TerritorialList<Item extends ContentRecord, Filter extends object> {
  /** The field's name, at the root and on régions, départements and communes. */
  field: string;
  ref: ObjectRef<ContentSchemaTypes, Item>;
  connection: ObjectRef<ContentSchemaTypes, unknown>;
  filter: InputObjectRef<ContentSchemaTypes, Filter>;
  /** The matching items in list order; `territories`, when given, instead of the filter's. */
  select(
    context: ContentContext,
    status: ContentStatus,
    filter: Filter | null | undefined,
    territories?: TerritoryReference[],
  ): Promise<Item[]>;
  /** What the root query lists (drafts in editors' previews). */
  queryDescription: string;
  /** What a territory's field lists (published content that concerns it). */
  territoryDescription: string;
}

/** The arguments of both fields, which Pothos types only for a known filter. */
type ListArgs<Filter> = DefaultConnectionArguments & { filter?: Filter | null; preview?: boolean | null };

const TERRITORIES = [
  [RegionRef, 'REGION'],
  [DepartmentRef, 'DEPARTMENT'],
  [CommuneRef, 'COMMUNE'],
] as const;

/**
 * The root query `<field>(filter, preview)` and the field `<field>(filter)` of régions,
 * départements and communes, over the same filter.
 */
export function addTerritorialList<Item extends ContentRecord, Filter extends object>(
  list: TerritorialList<Item, Filter>,
): void {
  // Pothos cannot work out a generic Item's connection shape: the refs above say it.
  const connection = list.connection as never;
  builder.queryField(list.field, (t) =>
    t.connection(
      {
        type: list.ref,
        nullable: true,
        description: list.queryDescription,
        args: {
          filter: t.arg({
            type: list.filter,
            required: false,
            description: 'Conditions on the list; without it, all of it',
          }),
          preview: t.arg(previewArg),
        },
        authScopes: draftsForContentEditors,
        resolve: async (_root, args, context, info) => {
          const { filter, preview, ...page } = args as ListArgs<Filter>;
          return connectionOf(await list.select(context, statusFor(preview, info), filter), page) as never;
        },
      },
      connection,
    ),
  );
  for (const [territory, kind] of TERRITORIES) {
    builder.objectField(territory, list.field, (t) =>
      t.connection(
        {
          type: list.ref,
          nullable: true,
          description: list.territoryDescription,
          args: { filter: t.arg({ type: list.filter, required: false, description: 'Further conditions' }) },
          resolve: async ({ code }, args, context) => {
            const { filter, ...page } = args as ListArgs<Filter>;
            return connectionOf(
              await list.select(context, 'PUBLISHED', filter, [{ kind, code }]),
              page,
            ) as never;
          },
        },
        connection,
      ),
    );
  }
}
