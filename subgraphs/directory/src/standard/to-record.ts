import { type StandardRecord, V1_COLUMN_FIELDS } from './columns';
import type { PlaceFields } from './validate';
import { labelOf, type VocabularyField, type VocabularyValue, vocabulary } from './vocabulary';

/** The fields of a place as the standard writes them: what exports produce and validation reads. */
export type RecordSource = Partial<Omit<PlaceFields, 'departmentCode' | 'regionCode'>>;

function cellOf(field: keyof RecordSource, value: RecordSource[keyof RecordSource]): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    return field in vocabulary
      ? value
          .map((item) => labelOf(field as VocabularyField, item as VocabularyValue<VocabularyField>))
          .join('|')
      : value.join('|');
  }
  return String(value);
}

export function toStandardRecord(place: RecordSource): StandardRecord {
  return Object.fromEntries(
    V1_COLUMN_FIELDS.map(([column, field]) => [column, cellOf(field, place[field])]),
  ) as StandardRecord;
}
