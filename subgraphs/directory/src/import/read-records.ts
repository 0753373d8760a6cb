import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
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

/**
 * Reads a file of places, whatever its shape: CSV (comma, semicolon, tab or pipe delimited, with
 * or without BOM, UTF-8 or Windows-1252) or JSON (an array of records); v1 or v0.1 of the
 * standard, told by the columns. Records stream out one by one, so memory stays flat.
 */

export type FormatOption = 'auto' | 'v1' | 'v0';

export interface SourceDescription {
  kind: 'csv' | 'json';
  encoding: 'utf-8' | 'windows-1252';
  /** CSV only. */
  delimiter?: string;
  version: StandardVersion;
  /** Columns the file has that the standard does not (ignored). */
  unknownColumns: string[];
}

/**
 * `row` is the line of a CSV file (the header is line 1) or the position of a record in a JSON
 * array (from 1).
 */
export type SourceItem =
  | { kind: 'record'; row: number; record: Record<string, string> }
  | { kind: 'problem'; row: number; reason: string };

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

/**
 * UTF-8 unless the sample has more invalid sequences than valid accented characters: a UTF-8
 * file with a few broken bytes stays UTF-8 (its broken rows are then refused), a Windows-1252
 * file (whose accents are all invalid UTF-8) is converted.
 */
function looksLikeUtf8(bytes: Buffer): boolean {
  // `stream: true` leaves a character cut at the end of the sample for later.
  const text = new TextDecoder('utf-8').decode(bytes, { stream: true });
  let invalid = 0;
  let accented = 0;
  for (const character of text) {
    if (character === '\uFFFD') invalid++;
    else if (character.charCodeAt(0) > 0x7f) accented++;
  }
  return invalid === 0 || accented > invalid;
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

const BROKEN_ENCODING =
  'contains bytes that are not valid UTF-8 (broken encoding); fix the file or save it again as UTF-8';

export async function openSource(file: string, format: FormatOption = 'auto'): Promise<Source> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new SourceFileError(file, 'cannot be read (missing file or no permission)');
  }
  const head = await readHead(file);
  if (head[0] === 0xff && head[1] === 0xfe) throw new SourceFileError(file, 'is UTF-16; save it as UTF-8');
  const bomLength = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const encoding = looksLikeUtf8(head.subarray(bomLength)) ? 'utf-8' : 'windows-1252';
  const headText = new TextDecoder(encoding).decode(head.subarray(bomLength));
  const firstCharacter = headText.trimStart()[0];
  if (firstCharacter === undefined) throw new SourceFileError(file, 'is empty');

  // The file is opened when records are first asked for, never for a file refused here.
  let input: ReturnType<typeof createReadStream> | undefined;
  const openInput = () => {
    input = createReadStream(file, { start: bomLength });
    return input;
  };
  const common = { encoding, size, bytesRead: () => input?.bytesRead ?? 0 } as const;

  if (firstCharacter === '{')
    throw new SourceFileError(file, 'is a JSON object; an array of records is expected');
  if (firstCharacter === '[') {
    // The keys of the first records tell the version.
    const keys = [
      ...new Set(
        [...headText.matchAll(/"([A-Za-z_]+)"\s*:/g)].map((match) => (match[1] as string).toLowerCase()),
      ),
    ];
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
  const delimiter = DELIMITERS.reduce((best, candidate) =>
    headerLine.split(candidate).length > headerLine.split(best).length ? candidate : best,
  );
  const columns = (Papa.parse<string[]>(headerLine, { delimiter }).data[0] ?? []).map((column) =>
    column.trim().toLowerCase(),
  );
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
    items: csvRecords(file, openInput, encoding, delimiter, columns),
  };
}

/** Rows parsed ahead of the reader at most: parsing pauses beyond, so memory stays flat. */
const MAX_BUFFERED_ROWS = 2000;

/**
 * CSV records, parsed by PapaParse (several times faster than the alternatives here). `row` is the
 * record's row as a spreadsheet shows it: the header is row 1.
 */
async function* csvRecords(
  file: string,
  openInput: () => NodeJS.ReadableStream,
  encoding: string,
  delimiter: string,
  columns: string[],
): AsyncGenerator<SourceItem> {
  const buffered: SourceItem[] = [];
  let finished = false;
  let failure: Error | undefined;
  let parser: Papa.Parser | undefined;
  let paused = false;
  let wake: (() => void) | undefined;
  // PapaParse's resume() spins until a pause takes effect: only ever resume a real pause.
  const resume = () => {
    if (!paused) return;
    paused = false;
    parser?.resume();
  };
  let row = 0;
  const input = openInput();
  input.on('error', (error: Error) => {
    failure = error;
    finished = true;
    wake?.();
  });
  const text = input.pipe(new Decode(encoding));
  text.setEncoding('utf8');
  Papa.parse<string[]>(text as unknown as Papa.LocalFile, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (results, current) => {
      parser = current;
      row++;
      if (row === 1) return; // the header, read already
      const record = results.data;
      let item: SourceItem;
      if (results.errors.length) {
        item = {
          kind: 'problem',
          row,
          reason: `unreadable: ${results.errors.map((error) => error.message).join('; ')}`,
        };
      } else if (record.length !== columns.length) {
        item = {
          kind: 'problem',
          row,
          reason: `has ${record.length} field(s) where the header has ${columns.length} (truncated line or unquoted delimiter)`,
        };
      } else if (encoding === 'utf-8' && record.some((value) => value.includes('\uFFFD'))) {
        item = { kind: 'problem', row, reason: BROKEN_ENCODING };
      } else {
        const fields: Record<string, string> = {};
        for (let index = 0; index < columns.length; index++)
          fields[columns[index] as string] = record[index] as string;
        item = { kind: 'record', row, record: fields };
      }
      buffered.push(item);
      if (buffered.length >= MAX_BUFFERED_ROWS && !paused) {
        paused = true;
        current.pause();
      }
      wake?.();
    },
    complete: () => {
      finished = true;
      wake?.();
    },
    error: (error: Error) => {
      failure = error;
      finished = true;
      wake?.();
    },
  });
  for (;;) {
    const item = buffered.shift();
    if (item) {
      if (buffered.length <= MAX_BUFFERED_ROWS / 2) resume();
      yield item;
      continue;
    }
    if (finished) break;
    resume();
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
  if (failure) throw new SourceFileError(file, `could not be read to its end: ${failure.message}`);
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

async function* jsonRecords(
  file: string,
  openInput: () => NodeJS.ReadableStream,
  encoding: string,
  separator: string,
): AsyncGenerator<SourceItem> {
  const records = streamArray();
  const done = pipeline(openInput(), new Decode(encoding), jsonParser(), records);
  // Its failure is reported by the loop below; never leave it unhandled.
  done.catch(() => undefined);
  try {
    for await (const { key, value } of records as AsyncIterable<{ key: number; value: unknown }>) {
      const row = key + 1;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        yield { kind: 'problem', row, reason: 'is not an object of columns' };
        continue;
      }
      const record: Record<string, string> = {};
      let invalid: string | undefined;
      for (const [column, cell] of Object.entries(value)) {
        const text = cellText(cell, separator);
        if (text === undefined) invalid = column;
        else record[column.trim().toLowerCase()] = text;
      }
      if (invalid)
        yield { kind: 'problem', row, reason: `field ${invalid} is neither text, a number nor a list` };
      else if (encoding === 'utf-8' && Object.values(record).some((text) => text.includes('\uFFFD'))) {
        yield { kind: 'problem', row, reason: BROKEN_ENCODING };
      } else yield { kind: 'record', row, record };
    }
    await done;
  } catch (error) {
    throw new SourceFileError(
      file,
      `is not valid JSON after the records read so far (truncated file?): ${(error as Error).message}`,
    );
  }
}
