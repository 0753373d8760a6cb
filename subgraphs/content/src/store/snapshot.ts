import { normalizeForSearch } from '@passerelle/platform/validation';
import type { Collection } from '../cms/collections';
import type { ContentRecord } from '../cms/records';

/** One collection as read at one moment: in list order, by id and by slug. */
export interface Snapshot<Item extends ContentRecord = ContentRecord> {
  items: Item[];
  byId: Map<string, Item>;
  bySlug: Map<string, Item>;
  loadedAt: Date;
}

export function snapshotOf<Item extends ContentRecord>(
  collection: Collection<Item>,
  items: Item[],
  loadedAt = new Date(),
): Snapshot<Item> {
  const sorted = [...items].sort(collection.order);
  return {
    items: sorted,
    byId: new Map(sorted.map((item) => [item.id, item])),
    bySlug: new Map(sorted.map((item) => [item.slug, item])),
    loadedAt,
  };
}

const searchTexts = new WeakMap<object, string>();

/** A record's text as searched (accents and case ignored), computed once per record. */
export function searchTextOf(record: ContentRecord): string {
  let text = searchTexts.get(record);
  if (text === undefined) {
    const values = Object.values(record).filter((value): value is string => typeof value === 'string');
    text = normalizeForSearch(values.join(' '));
    searchTexts.set(record, text);
  }
  return text;
}
