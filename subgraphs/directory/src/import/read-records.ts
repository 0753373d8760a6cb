import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import Papa from 'papaparse';
import {
  MULTI_VALUE_SEPARATOR,
  type StandardVersion,
  V0_COLUMNS,
  V0_ONLY_COLUMNS,
  V1_COLUMNS,
  V1_ONLY_COLUMNS,
  V1_REQUIRED,
} from '../standard/columns';
import { csvRecords } from './csv-records';
import { OVERLONG_ELEMENT } from './json-elements';
import { firstJsonValue, isObject, jsonRecords } from './json-records';
import { SourceFileError } from './source-file-error';
import { columnName, type SourceItem, TOO_LONG } from './source-items';
import { detectEncoding, type TextEncoding } from './text-encoding';

/**
 * Reads a file of places, whatever its shape: CSV (comma, semicolon, tab or pipe delimited, with
 * or without BOM, UTF-8, UTF-16 with BOM or Windows-1252) or JSON (an array of records); v1 or v0.1 of the
 * standard, told by the columns. Its head tells all that; csv-records.ts and json-records.ts then
 * stream the records one by one, so memory stays flat.
 */

export type FormatOption = 'auto' | 'v1' | 'v0';

export interface SourceDescription {
  kind: 'csv' | 'json';
  encoding: TextEncoding;
  /** CSV only. */
  delimiter?: string;
  version: StandardVersion;
  /** Columns the file has that the standard does not (ignored). */
  unknownColumns: string[];
}

export interface Source {
  description: SourceDescription;
  items: AsyncIterable<SourceItem>;
  size: number;
  bytesRead(): number;
}

const HEAD_SIZE = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'];

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_SIZE);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_SIZE, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function detectVersion(columns: string[], format: FormatOption): StandardVersion {
  if (format !== 'auto') return format;
  const has = (list: readonly string[]) => list.some((column) => columns.includes(column));
  return has(V0_ONLY_COLUMNS) && !has(V1_ONLY_COLUMNS) ? 'v0' : 'v1';
}

function checkColumns(file: string, columns: string[], version: StandardVersion, detail: string): string[] {
  const known: readonly string[] = version === 'v1' ? V1_COLUMNS : V0_COLUMNS;
  const missing = V1_REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length === V1_REQUIRED.length) {
    throw new SourceFileError(
      file,
      `none of the standard's columns (id, nom, adresse…) was found; ${detail}`,
    );
  }
  if (missing.length) {
    throw new SourceFileError(
      file,
      `required column${missing.length > 1 ? 's' : ''} missing: ${missing.join(', ')}`,
    );
  }
  return columns.filter((column) => !known.includes(column));
}

export async function openSource(file: string, format: FormatOption = 'auto'): Promise<Source> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new SourceFileError(file, 'cannot be read (missing file or no permission)');
  }
  const head = await readHead(file);
  const detected = detectEncoding(head);
  if ('refusal' in detected) throw new SourceFileError(file, detected.refusal);
  const { encoding, bomLength } = detected;
  const headText = new TextDecoder(encoding).decode(head.subarray(bomLength));
  const firstCharacter = headText.trimStart()[0];
  if (firstCharacter === undefined) throw new SourceFileError(file, 'is empty');

  // Records are read when first asked for: until then, only the head (and a JSON file's first record).
  let input: ReturnType<typeof createReadStream> | undefined;
  const openInput = () => {
    input = createReadStream(file, { start: bomLength });
    return input;
  };
  const common = { encoding, size, bytesRead: () => input?.bytesRead ?? 0 } as const;

  if (firstCharacter === '{')
    throw new SourceFileError(file, 'is a JSON object; an array of records is expected');
  if (firstCharacter === '[') {
    // The keys of the first record tell the version, however large the record.
    const first = await firstJsonValue(file, createReadStream(file, { start: bomLength }), encoding);
    if (first === OVERLONG_ELEMENT)
      throw new SourceFileError(file, `row 1 ${TOO_LONG}: its columns cannot be told`);
    const keys = isObject(first) ? Object.keys(first).map(columnName) : [];
    const version = detectVersion(keys, format);
    return {
      ...common,
      description: {
        kind: 'json',
        encoding,
        version,
        unknownColumns: checkColumns(
          file,
          keys,
          version,
          "are the records keyed by the standard's column names?",
        ),
      },
      items: jsonRecords(file, openInput, encoding, MULTI_VALUE_SEPARATOR[version]),
    };
  }

  const headerLine = headText.split(/\r?\n/, 1)[0] ?? '';
  const newline = headText.startsWith(`${headerLine}\r\n`) ? '\r\n' : '\n';
  const delimiter = DELIMITERS.reduce((best, candidate) =>
    headerLine.split(candidate).length > headerLine.split(best).length ? candidate : best,
  );
  const columns = (Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? []).map(columnName);
  const version = detectVersion(columns, format);
  const unknownColumns = checkColumns(
    file,
    columns,
    version,
    `is the delimiter right? The header read as ${columns.length} column(s) with "${delimiter === '\t' ? '\\t' : delimiter}"`,
  );
  return {
    ...common,
    description: { kind: 'csv', encoding, delimiter, version, unknownColumns },
    items: csvRecords(file, openInput, encoding, { delimiter, newline }, columns),
  };
}
