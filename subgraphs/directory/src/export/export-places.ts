import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PrismaClient } from '../generated/prisma/client';
import { compilePlaceFilter, type PlaceFilter } from '../search/place-filter';
import { LIST_COLUMNS, type StandardRecord, V1_COLUMNS } from '../standard/columns';
import { toStandardRecord } from '../standard/to-record';
import { neutralizeFormula } from './formula-cells';

/**
 * Streams the places matching a filter in the standard's own shape (v1.0.2 column names and
 * labels): CSV in the standard's column order (ready for data.gouv.fr), JSON (an array of
 * records) or GeoJSON. Reads by batches of ids, so memory stays flat; importing an export gives
 * back the same places.
 */

export type ExportFormat = 'csv' | 'json' | 'geojson';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

const BATCH_SIZE = 1000;

function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The record with typed values for JSON: numbers for coordinates, lists for multi-valued columns, null when empty. */
function jsonRecord(record: StandardRecord): Record<string, unknown> {
  return Object.fromEntries(
    V1_COLUMNS.map((column) => {
      const value = record[column];
      if (value === '') return [column, LIST_COLUMNS.has(column) ? [] : null];
      if (column === 'latitude' || column === 'longitude') return [column, Number(value)];
      return [column, LIST_COLUMNS.has(column) ? value.split('|') : value];
    }),
  );
}

interface Writer {
  start: string;
  item(record: StandardRecord, first: boolean): string;
  end: string;
}

const WRITERS: Record<ExportFormat, Writer> = {
  csv: {
    start: `${V1_COLUMNS.join(',')}\n`,
    item: (record) =>
      `${V1_COLUMNS.map((column) => csvCell(neutralizeFormula(column, record[column]))).join(',')}\n`,
    end: '',
  },
  json: {
    start: '[',
    item: (record, first) => `${first ? '\n' : ',\n'}${JSON.stringify(jsonRecord(record))}`,
    end: '\n]\n',
  },
  geojson: {
    start: '{"type":"FeatureCollection","features":[',
    item: (record, first) => {
      const geometry =
        record.latitude && record.longitude
          ? { type: 'Point', coordinates: [Number(record.longitude), Number(record.latitude)] }
          : null;
      return `${first ? '\n' : ',\n'}${JSON.stringify({ type: 'Feature', geometry, properties: jsonRecord(record) })}`;
    },
    end: '\n]}\n',
  },
};

async function write(output: Writable, text: string): Promise<void> {
  if (text && !output.write(text)) await once(output, 'drain');
}

/** Writes records in a format to `output` (left open); returns how many were written. */
export async function writeRecords(
  records: AsyncIterable<StandardRecord> | Iterable<StandardRecord>,
  format: ExportFormat,
  output: Writable,
): Promise<number> {
  const writer = WRITERS[format];
  await write(output, writer.start);
  let written = 0;
  for await (const record of records) {
    await write(output, writer.item(record, written === 0));
    written++;
  }
  await write(output, writer.end);
  return written;
}

/** Writes the places matching the filter to `output` (left open); returns how many. */
export async function exportPlaces(
  prisma: PrismaClient,
  filter: PlaceFilter,
  format: ExportFormat,
  output: Writable,
  now = new Date(),
): Promise<number> {
  const { condition } = await compilePlaceFilter(prisma, filter, now);
  async function* records(): AsyncGenerator<StandardRecord> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        SELECT id FROM place WHERE ${condition} AND id > ${after}::uuid ORDER BY id LIMIT ${BATCH_SIZE}`;
      if (!ids.length) return;
      const places = await prisma.place.findMany({
        where: { id: { in: ids.map(({ id }) => id) } },
        orderBy: { id: 'asc' },
      });
      for (const place of places) yield toStandardRecord(place);
      after = (ids[ids.length - 1] as { id: string }).id;
    }
  }
  return writeRecords(records(), format, output);
}
