import { createHash } from 'node:crypto';
import { normalizeForSearch } from '@passerelle/kit';
import { V1_COLUMN_FIELDS } from '../standard/columns';
import type { PlaceFields } from '../standard/validate';

/** What the place table stores besides the standard's fields. */
export interface PlaceRow extends PlaceFields {
  dataset: string;
  sortName: string;
  contentHash: string;
}

function canonical(value: PlaceFields[keyof PlaceFields]): string {
  if (value === null) return '\u0000';
  if (value instanceof Date) return value.toISOString();
  return Array.isArray(value) ? value.join('\u0002') : String(value);
}

/** Same fields, same hash: an import bringing the same content changes nothing. */
export function contentHashOf(fields: PlaceFields): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(fields).sort() as (keyof PlaceFields)[])
    hash.update(`${key}\u0001${canonical(fields[key])}\u0003`);
  return hash.digest('hex').slice(0, 32);
}

export function placeRow(dataset: string, fields: PlaceFields): PlaceRow {
  return {
    ...fields,
    dataset,
    sortName: normalizeForSearch(fields.name),
    contentHash: contentHashOf(fields),
  };
}

const FIELD_KEYS: (keyof PlaceFields)[] = [
  ...V1_COLUMN_FIELDS.map(([, field]) => field),
  'departmentCode',
  'regionCode',
];

/** Only the place's fields, from a stored row (which also has ids, dates of its own…). */
export function placeFieldsOf(row: PlaceFields): PlaceFields {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, row[key]])) as unknown as PlaceFields;
}
