import { hash } from 'node:crypto';
import { placeIdOf } from '@passerelle/contracts/ids';
import { normalizeForSearch } from '@passerelle/platform/validation';
import { V1_COLUMN_FIELDS } from '../standard/columns';
import type { PlaceFields } from '../standard/validate';

/**
 * A place's id follows from its source and its id there (the kit's placeIdOf): imported again into
 * an empty database, it keeps the id portals and other subgraphs know it by.
 */
export { placeIdOf };

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

/** Every field of a place: the standard's, and the département and région located from them. */
const FIELD_KEYS: (keyof PlaceFields)[] = [
  ...V1_COLUMN_FIELDS.map(([, field]) => field),
  'departmentCode',
  'regionCode',
];
const HASHED_KEYS = [...FIELD_KEYS].sort();

/** Same fields, same hash: an import bringing the same content changes nothing. */
export function contentHashOf(fields: PlaceFields): string {
  let text = '';
  for (const key of HASHED_KEYS) text += `${key}\u0001${canonical(fields[key])}\u0003`;
  return hash('sha1', text);
}

export function placeRow(dataset: string, fields: PlaceFields): PlaceRow {
  return {
    ...fields,
    dataset,
    sortName: normalizeForSearch(fields.name),
    contentHash: contentHashOf(fields),
  };
}

/** Only the place's fields, from a stored row (which also has ids, dates of its own…). */
export function placeFieldsOf(row: PlaceFields): PlaceFields {
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, row[key]])) as unknown as PlaceFields;
}
