import { createHash } from 'node:crypto';
import { normalizeForSearch } from '@passerelle/kit';
import type { PlaceFields } from '../standard/validate';

/** What the place table stores besides the standard's fields. */
export interface PlaceRow extends PlaceFields {
  dataset: string;
  sortName: string;
  contentHash: string;
}

/** Same fields, same hash: an import bringing the same content changes nothing. */
export function contentHashOf(fields: PlaceFields): string {
  const canonical = JSON.stringify(fields, Object.keys(fields).sort());
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

export function placeRow(dataset: string, fields: PlaceFields): PlaceRow {
  return {
    ...fields,
    dataset,
    sortName: normalizeForSearch(fields.name),
    contentHash: contentHashOf(fields),
  };
}
