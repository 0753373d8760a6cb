import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { PrismaClient } from '../generated/prisma/client';
import { compilePlaceFilter, type PlaceFilter } from '../search/place-filter';
import {
  LIST_COLUMNS,
  MULTI_VALUE_SEPARATOR,
  type StandardRecord,
  V0_COLUMNS,
  V0_REQUIRED,
  V1_COLUMNS,
} from '../standard/columns';
import { toStandardRecord } from '../standard/to-record';
import { convertV1Record } from '../standard/v1-to-v0';
import { neutralizeFormula } from './formula-cells';

/**
 * Streams the places matching a filter in the standard's own shape: v1.0.2 by default, or the
 * legacy v0.1 for readers that know only it. CSV in the version's column order (v1.0.2's is ready
 * for data.gouv.fr), JSON (an array of records) or GeoJSON. Reads by batches of ids, so memory stays
 * flat; importing an export gives back the same places (in v1.0.2: v0.1 says less, see v1-to-v0.ts).
 */

export type ExportFormat = 'csv' | 'json' | 'geojson';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/** A version of the standard: its columns, and each place as one of its records. */
interface StandardShape {
  columns: readonly string[];
  /** Columns JSON writes as lists; the others are text (v0.1 readers split `;` themselves). */
  jsonLists: ReadonlySet<string>;
  separator: string;
  /** The place's record in this version, or undefined when the version cannot describe it. */
  record(v1: StandardRecord): Readonly<Record<string, string>> | undefined;
}

export const EXPORT_VERSIONS = {
  '1': {
    columns: V1_COLUMNS,
    jsonLists: LIST_COLUMNS,
    separator: MULTI_VALUE_SEPARATOR.v1,
    record: (v1) => v1,
  },
  '0.1': {
    columns: V0_COLUMNS,
    jsonLists: new Set(),
    separator: MULTI_VALUE_SEPARATOR.v0,
    // v0.1 requires a service: a place offering none that v0.1 knows is left out.
    record: (v1) => {
      const { record } = convertV1Record(v1);
      return V0_REQUIRED.every((column) => record[column]) ? record : undefined;
    },
  },
} satisfies Record<string, StandardShape>;

export type ExportVersion = keyof typeof EXPORT_VERSIONS;

const BATCH_SIZE = 1000;

function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The record with typed values for JSON: numbers for coordinates, lists where the version has them, null when empty. */
function jsonRecord(shape: StandardShape, record: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(
    shape.columns.map((column) => {
      const value = record[column] ?? '';
      const list = shape.jsonLists.has(column);
      if (value === '') return [column, list ? [] : null];
      if (column === 'latitude' || column === 'longitude') return [column, Number(value)];
      return [column, list ? value.split(shape.separator) : value];
    }),
  );
}

interface Writer {
  start(shape: StandardShape): string;
  item(shape: StandardShape, record: Readonly<Record<string, string>>, first: boolean): string;
  end: string;
}

const WRITERS: Record<ExportFormat, Writer> = {
  csv: {
    start: (shape) => `${shape.columns.join(',')}\n`,
    item: (shape, record) =>
      `${shape.columns.map((column) => csvCell(neutralizeFormula(column, record[column] ?? ''))).join(',')}\n`,
    end: '',
  },
  json: {
    start: () => '[',
    item: (shape, record, first) => `${first ? '\n' : ',\n'}${JSON.stringify(jsonRecord(shape, record))}`,
    end: '\n]\n',
  },
  geojson: {
    start: () => '{"type":"FeatureCollection","features":[',
    item: (shape, record, first) => {
      const geometry =
        record.latitude && record.longitude
          ? { type: 'Point', coordinates: [Number(record.longitude), Number(record.latitude)] }
          : null;
      const feature = { type: 'Feature', geometry, properties: jsonRecord(shape, record) };
      return `${first ? '\n' : ',\n'}${JSON.stringify(feature)}`;
    },
    end: '\n]}\n',
  },
};

async function write(output: Writable, text: string): Promise<void> {
  if (text && !output.write(text)) await once(output, 'drain');
}

/** Writes v1 records in a format and version to `output` (left open); returns how many were written. */
export async function writeRecords(
  records: AsyncIterable<StandardRecord> | Iterable<StandardRecord>,
  format: ExportFormat,
  output: Writable,
  version: ExportVersion = '1',
): Promise<number> {
  const writer = WRITERS[format];
  const shape: StandardShape = EXPORT_VERSIONS[version];
  await write(output, writer.start(shape));
  let written = 0;
  for await (const v1 of records) {
    const record = shape.record(v1);
    if (!record) continue;
    await write(output, writer.item(shape, record, written === 0));
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
  { version = '1', now = new Date() }: { version?: ExportVersion; now?: Date } = {},
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
  return writeRecords(records(), format, output, version);
}
