import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
import { unsafeTextReason } from '@passerelle/kit';
import Papa from 'papaparse';
import { parser as jsonParser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/StreamArray';
import {
  MULTI_VALUE_SEPARATOR,
  type StandardVersion,
  V0_COLUMNS,
  V0_ONLY_COLUMNS,
  V1_COLUMNS,
  V1_ONLY_COLUMNS,
  V1_REQUIRED,
} from '../standard/columns';
import { CsvRowEnd } from './csv-row-end';
import { OVERLONG_ELEMENT, OverlongElements } from './json-elements';
import { detectEncoding, type TextEncoding } from './text-encoding';

/**
 * Reads a file of places, whatever its shape: CSV (comma, semicolon, tab or pipe delimited, with
 * or without BOM, UTF-8, UTF-16 with BOM or Windows-1252) or JSON (an array of records); v1 or v0.1 of the
 * standard, told by the columns. Records stream out one by one, so memory stays flat.
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

/**
 * `row` is the line of a CSV file (the header is line 1) or the position of a record in a JSON
 * array (from 1). A problem keeps the row's `id` when it could still be read.
 */
export type SourceItem =
  | { kind: 'record'; row: number; record: Record<string, string> }
  | { kind: 'problem'; row: number; id: string | null; column: string | null; reason: string };

export interface Source {
  description: SourceDescription;
  items: AsyncIterable<SourceItem>;
  size: number;
  bytesRead(): number;
}

/** The file cannot be read as places at all; nothing is imported. */
export class SourceFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${path.basename(file)}: ${message}`);
    this.name = 'SourceFileError';
  }
}

const HEAD_SIZE = 64 * 1024;
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Longest row read, in characters: far above any valid row (32 cells of MAX_CELL_LENGTH), low
 * enough that a row that never ends (an unclosed quote, a file that is not CSV) cannot fill memory.
 */
export const MAX_ROW_LENGTH = 1_000_000;

const TOO_LONG = `is longer than ${MAX_ROW_LENGTH} characters, which no valid row is`;

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

/** Decodes bytes to text; invalid UTF-8 becomes U+FFFD, which the rows then report. */
class Decode extends Transform {
  private readonly decoder: TextDecoder;

  constructor(encoding: string) {
    super({ decodeStrings: true, readableObjectMode: false });
    this.decoder = new TextDecoder(encoding);
  }

  override _transform(chunk: Buffer, _encoding: string, callback: (error: null, text: string) => void): void {
    callback(null, this.decoder.decode(chunk, { stream: true }));
  }

  override _flush(callback: (error: null, text: string) => void): void {
    callback(null, this.decoder.decode());
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

const brokenEncoding = (encoding: TextEncoding) =>
  `contains bytes that are not valid ${encoding.toUpperCase()} (broken encoding); fix the file or save it again as UTF-8`;

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

function columnName(header: string): string {
  return header.trim().toLowerCase();
}

/** A row's id, if its cell was read whole, decoded, and can be stored (no NUL, no lone surrogate). */
export function readableId(cell: string | undefined): string | null {
  const id = cell?.trim();
  return id && !id.includes('\uFFFD') && !unsafeTextReason(id) ? id : null;
}

const neverClosed = (row: number) => `row ${row}: a quote opened here is never closed`;

/**
 * CSV records, parsed by PapaParse (several times faster than the alternatives here) one chunk at
 * a time: a row cut by the end of a chunk is parsed again with the next one. A row that grows past
 * MAX_ROW_LENGTH is reported and stepped over to its end, unread, and the rows after it are read;
 * only a quote never closed up to the end of the file stops the file there. `row` is the record's
 * row as a spreadsheet shows it: the header is row 1.
 */
async function* csvRecords(
  file: string,
  openInput: () => NodeJS.ReadableStream,
  encoding: TextEncoding,
  format: { delimiter: string; newline: '\n' | '\r\n' },
  columns: string[],
): AsyncGenerator<SourceItem> {
  const parser = new Papa.Parser(format);
  const idIndex = columns.indexOf('id');
  let row = 0;

  function* items({ data, errors }: Papa.ParseResult<string[]>): Generator<SourceItem> {
    for (const [index, record] of data.entries()) {
      if (record.join('').trim() === '') continue; // a blank line, or delimiters only
      row++;
      if (row === 1) continue; // the header, read already
      const rowErrors = errors.filter((error) => error.row === index);
      if (rowErrors.some((error) => error.code === 'MissingQuotes'))
        throw new SourceFileError(file, neverClosed(row));
      // A cell followed by a delimiter was read whole, even on a cut line.
      const id = readableId(
        record.length === columns.length || idIndex < record.length - 1 ? record[idIndex] : undefined,
      );
      if (rowErrors.length) {
        yield {
          kind: 'problem',
          row,
          id,
          column: null,
          reason: `unreadable: ${rowErrors.map((error) => error.message).join('; ')}`,
        };
      } else if (record.length !== columns.length) {
        yield {
          kind: 'problem',
          row,
          id,
          column: null,
          reason: `has ${record.length} field(s) where the header has ${columns.length} (truncated line or unquoted delimiter)`,
        };
      } else if (encoding !== 'windows-1252' && record.some((value) => value.includes('\uFFFD'))) {
        yield { kind: 'problem', row, id, column: null, reason: brokenEncoding(encoding) };
      } else {
        const fields: Record<string, string> = {};
        for (let column = 0; column < columns.length; column++)
          fields[columns[column] as string] = record[column] as string;
        yield { kind: 'record', row, record: fields };
      }
    }
  }

  const text = new Decode(encoding);
  text.setEncoding('utf8');
  const done = pipeline(openInput(), text);
  // Its failure is reported by the loop below; never leave it unhandled.
  done.catch(() => undefined);
  // The start of a row that the text read so far does not finish.
  let unfinished = '';
  // The row too long to read being stepped over, and where its end is looked for.
  let skipped: { item: SourceItem; end: CsvRowEnd } | undefined;
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      let input = unfinished + chunk;
      unfinished = '';
      while (input) {
        if (skipped) {
          const end = skipped.end.find(input);
          if (end < 0) break;
          yield skipped.item;
          skipped = undefined;
          input = input.slice(end);
          continue;
        }
        // Only whole rows: the last, maybe cut, is left at `meta.cursor`.
        const results: Papa.ParseResult<string[]> = parser.parse(input, 0, true);
        yield* items(results);
        const rest = input.slice(results.meta.cursor);
        if (rest.length <= MAX_ROW_LENGTH) {
          unfinished = rest;
          break;
        }
        row++;
        const id = readableId(firstCells(rest, format.delimiter, idIndex));
        skipped = {
          item: { kind: 'problem', row, id, column: null, reason: `${TOO_LONG}: skipped` },
          end: new CsvRowEnd(format.delimiter),
        };
        input = rest;
      }
    }
    await done;
  } catch (error) {
    if (error instanceof SourceFileError) throw error;
    throw new SourceFileError(file, `could not be read to its end: ${(error as Error).message}`);
  }
  if (skipped) {
    // Everything after an opening quote that nothing closes is that one cell.
    if (skipped.end.inQuotes) throw new SourceFileError(file, neverClosed(skipped.item.row));
    yield skipped.item;
  }
  yield* items(parser.parse(unfinished, 0, false));
}

/** The id cell of a row too long to parse whole, if it is read whole within the row's start. */
function firstCells(row: string, delimiter: string, idIndex: number): string | undefined {
  const cells = Papa.parse<string[]>(row.slice(0, 64 * 1024), { delimiter }).data[0] ?? [];
  return idIndex < cells.length - 1 ? cells[idIndex] : undefined;
}

function cellText(value: unknown, separator: string): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(separator);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The elements of a JSON array with their row (from 1). An element longer than MAX_ROW_LENGTH
 * comes as OVERLONG_ELEMENT, never held whole. Whatever stops the parser, every element before
 * that point is still given.
 */
async function* jsonValues(
  file: string,
  input: NodeJS.ReadableStream,
  encoding: TextEncoding,
): AsyncGenerator<{ row: number; value: unknown }> {
  const tokens = jsonParser({ packValues: false });
  const elements = new OverlongElements(MAX_ROW_LENGTH);
  const records = streamArray();
  const parsed = pipeline(input, new Decode(encoding), tokens);
  // Not in the pipeline, which would destroy them with the records they hold: ended instead.
  tokens.pipe(elements).pipe(records);
  parsed.catch(() => {
    if (!elements.destroyed) elements.end();
  });
  try {
    for await (const { key, value } of records as AsyncIterable<{ key: number; value: unknown }>) {
      yield { row: key + 1, value };
    }
    await parsed;
  } catch (error) {
    throw new SourceFileError(
      file,
      `is not valid JSON after the records read so far (truncated file?): ${(error as Error).message}`,
    );
  } finally {
    // A reader that stops early would otherwise leave the file open.
    tokens.destroy();
  }
}

/** The first element of a JSON array (undefined when empty); reads no further. */
async function firstJsonValue(
  file: string,
  input: NodeJS.ReadableStream,
  encoding: TextEncoding,
): Promise<unknown> {
  for await (const { value } of jsonValues(file, input, encoding)) return value;
  return undefined;
}

async function* jsonRecords(
  file: string,
  openInput: () => NodeJS.ReadableStream,
  encoding: TextEncoding,
  separator: string,
): AsyncGenerator<SourceItem> {
  for await (const { row, value } of jsonValues(file, openInput(), encoding)) {
    if (value === OVERLONG_ELEMENT) {
      yield { kind: 'problem', row, id: null, column: null, reason: `${TOO_LONG}: skipped` };
      continue;
    }
    if (!isObject(value)) {
      yield { kind: 'problem', row, id: null, column: null, reason: 'is not an object of columns' };
      continue;
    }
    const record: Record<string, string> = {};
    let invalid: string | undefined;
    for (const [column, cell] of Object.entries(value)) {
      const text = cellText(cell, separator);
      if (text === undefined) invalid ??= columnName(column);
      else record[columnName(column)] = text;
    }
    const id = readableId(record.id);
    if (invalid) {
      yield {
        kind: 'problem',
        row,
        id,
        column: invalid,
        reason: 'is neither text, a number nor a list of them',
      };
    } else if (encoding !== 'windows-1252' && Object.values(record).some((text) => text.includes('\uFFFD'))) {
      yield { kind: 'problem', row, id, column: null, reason: brokenEncoding(encoding) };
    } else yield { kind: 'record', row, record };
  }
}
