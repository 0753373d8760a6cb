import path from 'node:path';
import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';
import { unsafeTextReason } from '@passerelle/platform/validation';
import type { TextEncoding } from './text-encoding';

/** What the CSV and JSON readers share: the items they give, their errors, their limits. */

/**
 * `row` is the line of a CSV file (the header is line 1) or the position of a record in a JSON
 * array (from 1). A problem keeps the row's `id` when it could still be read.
 */
export type SourceItem =
  | { kind: 'record'; row: number; record: Record<string, string> }
  | { kind: 'problem'; row: number; id: string | null; column: string | null; reason: string };

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

/**
 * Longest row read, in characters: far above any valid row (32 cells of MAX_CELL_LENGTH), low
 * enough that a row that never ends (an unclosed quote, a file that is not CSV) cannot fill memory.
 */
export const MAX_ROW_LENGTH = 1_000_000;

export const TOO_LONG = `is longer than ${MAX_ROW_LENGTH} characters, which no valid row is`;

/** Decodes bytes to text; invalid UTF-8 becomes U+FFFD, which the rows then report. */
export class Decode extends Transform {
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

export const brokenEncoding = (encoding: TextEncoding) =>
  `contains bytes that are not valid ${encoding.toUpperCase()} (broken encoding); fix the file or save it again as UTF-8`;

export function columnName(header: string): string {
  return header.trim().toLowerCase();
}

/** A row's id, if its cell was read whole, decoded, and can be stored (no NUL, no lone surrogate). */
export function readableId(cell: string | undefined): string | null {
  const id = cell?.trim();
  return id && !id.includes('\uFFFD') && !unsafeTextReason(id) ? id : null;
}
