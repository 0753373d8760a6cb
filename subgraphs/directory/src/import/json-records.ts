import { pipeline } from 'node:stream/promises';
import { parser as jsonParser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { OVERLONG_ELEMENT, OverlongElements } from './json-elements';
import { SourceFileError } from './source-file-error';
import {
  columnName,
  MAX_ROW_LENGTH,
  readableId,
  readRecord,
  type SourceItem,
  skippedRow,
} from './source-items';
import { Decode, type TextEncoding } from './text-encoding';

function cellText(value: unknown, separator: string): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(separator);
  }
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
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
export async function firstJsonValue(
  file: string,
  input: NodeJS.ReadableStream,
  encoding: TextEncoding,
): Promise<unknown> {
  for await (const { value } of jsonValues(file, input, encoding)) return value;
  return undefined;
}

export async function* jsonRecords(
  file: string,
  openInput: () => NodeJS.ReadableStream,
  encoding: TextEncoding,
  separator: string,
): AsyncGenerator<SourceItem> {
  for await (const { row, value } of jsonValues(file, openInput(), encoding)) {
    if (value === OVERLONG_ELEMENT) {
      yield skippedRow(row, null);
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
    } else yield readRecord(row, id, encoding, record);
  }
}
