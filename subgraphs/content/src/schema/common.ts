import { assertKnownTerritory, type TerritoryReference } from '@passerelle/contracts/territory-types';
import { neverCache } from '@passerelle/platform/cache';
import { badUserInput, notFound } from '@passerelle/platform/errors';
import { requestLoader } from '@passerelle/platform/subgraph';
import { normalizeForSearch } from '@passerelle/platform/validation';
import type { InputFieldBuilder } from '@pothos/core';
import { type DefaultConnectionArguments, resolveArrayConnection } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { ContentContext, ContentSchemaTypes } from '../builder';
import { builder } from '../builder';
import type { Collection } from '../cms/collections';
import type { ContentRecord, ContentStatus, MediaRecord, ScopeRecord } from '../cms/records';
import { searchTextOf } from '../store/snapshot';
import { CommuneRef, DepartmentRef, RegionRef, TerritoryInput } from './references';

/** Strapi's document ids (cuid2): lower-case letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;
const MAX_TEXT = 200;
const MAX_TERRITORIES = 50;

export const ContentScope = builder.objectRef<ScopeRecord>('ContentScope').implement({
  description:
    'Where content applies or takes place: everywhere (national) or in these territories, and what they contain.',
  fields: (t) => {
    const codes = (kind: string) => (scope: ScopeRecord) =>
      scope.territories.filter((territory) => territory.kind === kind).map(({ code }) => ({ code }));
    return {
      national: t.exposeBoolean('national', { description: 'Applies to the whole country' }),
      regions: t.field({
        type: [RegionRef],
        nullable: true,
        description: 'The régions it is scoped to',
        resolve: codes('REGION'),
      }),
      departments: t.field({
        type: [DepartmentRef],
        nullable: true,
        description: 'The départements it is scoped to',
        resolve: codes('DEPARTMENT'),
      }),
      communes: t.field({
        type: [CommuneRef],
        nullable: true,
        description: 'The communes it is scoped to',
        resolve: codes('COMMUNE'),
      }),
    };
  },
});

export const Media = builder.objectRef<MediaRecord>('Media').implement({
  description: 'A file uploaded to the CMS (image, document, video).',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Absolute URL of the file' }),
    name: t.exposeString('name', { description: 'File name, as uploaded' }),
    alternativeText: t.exposeString('alternativeText', {
      nullable: true,
      description: 'Text alternative for an image, when the editor gave one',
    }),
    mimeType: t.exposeString('mimeType', { nullable: true, description: 'MIME type, e.g. "image/png"' }),
    width: t.exposeInt('width', { nullable: true, description: 'In pixels, for an image; null otherwise' }),
    height: t.exposeInt('height', { nullable: true, description: 'In pixels, for an image; null otherwise' }),
  }),
});

/** The `preview` argument: drafts instead of published content, for editors (`draftsForContentEditors`). */
export const previewArg = {
  type: 'Boolean',
  required: false,
  defaultValue: false,
  description:
    "Editors' preview: the latest drafts instead of published content (needs the content-editor role)",
} as const;

/**
 * Who may call a field with the `preview` argument (its `authScopes`): anyone for published
 * content, content editors (and admins) for drafts.
 */
export function draftsForContentEditors(_parent: unknown, { preview }: { preview?: boolean | null }) {
  return preview ? { contentEditor: true } : true;
}

/**
 * Drafts in a preview (which `draftsForContentEditors` allowed), published content otherwise. A
 * preview is an editor's own: never cached.
 */
export function statusFor(preview: boolean | null | undefined, info: GraphQLResolveInfo): ContentStatus {
  if (preview) neverCache(info);
  return preview ? 'DRAFT' : 'PUBLISHED';
}

/** A document of the CMS by id, batched: every lookup of one request costs one read per type. */
export function loadById<Item extends ContentRecord>(
  context: ContentContext,
  collection: Collection<Item>,
  status: ContentStatus,
  id: string,
): Promise<Item | null> {
  return requestLoader<string, Item | null>(context, `${collection.typename}:${status}`, async (ids) => {
    const snapshot = await context.content.snapshot(collection, status);
    return ids.map((key) => snapshot.byId.get(key) ?? null);
  }).load(id);
}

/** The documents with these ids that exist, in the order given. */
export async function loadAllById<Item extends ContentRecord>(
  context: ContentContext,
  collection: Collection<Item>,
  status: ContentStatus,
  ids: string[],
): Promise<Item[]> {
  const items: (Item | null)[] = await Promise.all(
    ids.map((id) => loadById(context, collection, status, id)),
  );
  return items.filter((item): item is Item => item !== null);
}

export async function findById<Item extends ContentRecord>(
  context: ContentContext,
  collection: Collection<Item>,
  status: ContentStatus,
  id: string,
): Promise<Item> {
  if (!DOCUMENT_ID.test(id)) throw badUserInput(`"${id}" is not a ${collection.typename} id`, 'id');
  const item = await loadById(context, collection, status, id);
  if (!item) throw notFound(collection.typename, id);
  return item;
}

export async function findBySlug<Item extends ContentRecord>(
  context: ContentContext,
  collection: Collection<Item>,
  status: ContentStatus,
  slug: string,
): Promise<Item> {
  const item = (await context.content.snapshot(collection, status)).bySlug.get(slug);
  if (!item) throw notFound(collection.typename, slug);
  return item;
}

/** A Relay connection over items already filtered and in order, with their count. */
export function connectionOf<Item>(items: readonly Item[], args: DefaultConnectionArguments) {
  return { ...resolveArrayConnection({ args }, items), totalCount: items.length };
}

/** What the filters of guides, practices and events start with: a territory, or several. */
export interface TerritoryFilter {
  territory?: TerritoryReference | null;
  territories?: TerritoryReference[] | null;
}

/** A filter's `territory` and `territories` fields, described for what it lists. */
export function territoryFilterFields(
  t: InputFieldBuilder<ContentSchemaTypes, 'InputObject'>,
  descriptions: { territory: string; territories: string },
) {
  return {
    territory: t.field({ type: TerritoryInput, required: false, description: descriptions.territory }),
    territories: t.field({
      type: [TerritoryInput],
      required: false,
      description: descriptions.territories,
    }),
  };
}

/** The territories of a filter (`territory` and `territories` together), checked. */
export function filterTerritories(filter: TerritoryFilter): TerritoryReference[] | undefined {
  const territories = [...(filter.territory ? [filter.territory] : []), ...(filter.territories ?? [])];
  if (!territories.length) return undefined;
  if (territories.length > MAX_TERRITORIES) {
    throw badUserInput(`at most ${MAX_TERRITORIES} territories`, 'filter.territories');
  }
  territories.forEach((territory, index) => {
    assertKnownTerritory(territory, `filter.territories[${index}]`);
  });
  return territories;
}

/** Whether a record holds every word of the text, accents and case ignored. */
export function textMatcher(
  text: string | null | undefined,
): ((record: ContentRecord) => boolean) | undefined {
  if (text == null) return undefined;
  if (text.length > MAX_TEXT)
    throw badUserInput(`text must be at most ${MAX_TEXT} characters`, 'filter.text');
  const words = normalizeForSearch(text).split(' ').filter(Boolean);
  return (record) => {
    const haystack = searchTextOf(record);
    return words.every((word) => haystack.includes(word));
  };
}

/** Any-of: true when nothing is asked, or when the values share one with what is asked. */
export function anyOf<Value>(values: readonly Value[], wanted: readonly Value[] | null | undefined): boolean {
  return !wanted?.length || values.some((value) => wanted.includes(value));
}

/** Content filters: every condition given must hold. */
export function allOf<Item>(
  conditions: (((item: Item) => boolean) | undefined | false)[],
): (item: Item) => boolean {
  const checks = conditions.filter((condition): condition is (item: Item) => boolean => Boolean(condition));
  return (item) => checks.every((check) => check(item));
}
