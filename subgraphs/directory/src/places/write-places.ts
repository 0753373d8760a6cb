import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type PlaceRow, placeIdOf } from './place-row';

/**
 * Bulk writes of place rows: one statement for a whole batch, the rows passed as one JSON
 * document. Used by the import, where thousands of rows per second must go in.
 */

/** Every stored field with its SQL type; the column is the field's snake_case name. */
const FIELD_TYPES: Record<keyof PlaceRow, 'text' | 'text[]' | 'float8' | 'date'> = {
  dataset: 'text',
  externalId: 'text',
  pivot: 'text',
  name: 'text',
  sortName: 'text',
  address: 'text',
  addressComplement: 'text',
  postalCode: 'text',
  communeName: 'text',
  communeCode: 'text',
  departmentCode: 'text',
  regionCode: 'text',
  latitude: 'float8',
  longitude: 'float8',
  structureTypes: 'text[]',
  phone: 'text',
  emails: 'text[]',
  websites: 'text[]',
  openingHours: 'text',
  summary: 'text',
  description: 'text',
  source: 'text',
  parentOrganization: 'text',
  updatedOn: 'date',
  itinerance: 'text[]',
  services: 'text[]',
  specificPublics: 'text[]',
  specificSupport: 'text[]',
  fees: 'text[]',
  nationalPrograms: 'text[]',
  trainingLabels: 'text[]',
  otherTrainingLabels: 'text[]',
  accessModes: 'text[]',
  supportModes: 'text[]',
  accessibilitySheetUrl: 'text',
  appointmentUrl: 'text',
  contentHash: 'text',
};

const fields = Object.keys(FIELD_TYPES) as (keyof PlaceRow)[];
const column = (field: string) => `"${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}"`;
const columns = fields.map(column).join(', ');
const recordFields = fields.map((field) => `r."${field}"`).join(', ');
const recordset = fields.map((field) => `"${field}" ${FIELD_TYPES[field]}`).join(', ');

function toJson(rows: unknown[]): string {
  return JSON.stringify(rows, (key, value) =>
    key === 'updatedOn' && typeof value === 'string' ? value.slice(0, 10) : value,
  );
}

/** PostgreSQL COPY text format: `\N` for null, backslash escapes, arrays as `{"a","b"}`. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (Array.isArray(value))
    text = `{${value.map((item) => `"${String(item).replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  else text = String(value);
  return text.replace(/[\\\t\n\r]/g, (character) =>
    character === '\\' ? '\\\\' : character === '\t' ? '\\t' : character === '\n' ? '\\n' : '\\r',
  );
}

const UNIQUE_VIOLATION = '23505';

/**
 * Inserts new places with COPY, PostgreSQL's fastest way in. A (dataset, external id) that
 * appeared meanwhile (another writer) makes COPY fail: the batch then goes in row by row set,
 * leaving existing places alone. Runs inside the caller's transaction.
 */
export async function insertPlaceRows(client: ClientBase, rows: PlaceRow[]): Promise<number> {
  if (!rows.length) return 0;
  const lines = rows.map(
    (row) =>
      `${placeIdOf(row.dataset, row.externalId)}\t${fields.map((field) => copyText(row[field])).join('\t')}\n`,
  );
  await client.query('SAVEPOINT copy_places');
  try {
    await pipeline(
      async function* () {
        for (const line of lines) yield line;
      },
      client.query(copyFrom(`COPY place (id, ${columns}) FROM STDIN`)),
    );
    await client.query('RELEASE SAVEPOINT copy_places');
    return rows.length;
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await client.query('ROLLBACK TO SAVEPOINT copy_places');
    return insertPlaceRowsSkippingExisting(client, rows);
  }
}

async function insertPlaceRowsSkippingExisting(client: ClientBase, rows: PlaceRow[]): Promise<number> {
  const result = await client.query(
    `INSERT INTO place (id, ${columns})
     SELECT r.id, ${recordFields} FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${recordset})
     ON CONFLICT (dataset, external_id) DO NOTHING`,
    [toJson(rows.map((row) => ({ id: placeIdOf(row.dataset, row.externalId), ...row })))],
  );
  return result.rowCount ?? 0;
}

/** Replaces the fields of existing places (and brings archived ones back). */
export async function updatePlaceRows(
  client: ClientBase,
  updates: { id: string; row: PlaceRow }[],
): Promise<number> {
  if (!updates.length) return 0;
  const result = await client.query(
    `UPDATE place SET (${columns}, archived_at, modified_at) = (${recordFields}, NULL, now())
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${recordset})
     WHERE place.id = r.id`,
    [toJson(updates.map(({ id, row }) => ({ id, ...row })))],
  );
  return result.rowCount ?? 0;
}
