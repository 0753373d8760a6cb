import { unsafeTextReason } from '@passerelle/platform/validation';
import { brokenEncoding, hasBrokenEncoding, type TextEncoding } from './text-encoding';

/** What the CSV and JSON readers share: the items they give, their limits. */

/**
 * `row` is the line of a CSV file (the header is line 1) or the position of a record in a JSON
 * array (from 1). A problem keeps the row's `id` when it could still be read.
 */
export type SourceItem =
  | { kind: 'record'; row: number; record: Record<string, string> }
  | { kind: 'problem'; row: number; id: string | null; column: string | null; reason: string };

/**
 * Longest row read, in characters: far above any valid row (32 cells of MAX_CELL_LENGTH), low
 * enough that a row that never ends (an unclosed quote, a file that is not CSV) cannot fill memory.
 */
export const MAX_ROW_LENGTH = 1_000_000;

export const TOO_LONG = `is longer than ${MAX_ROW_LENGTH} characters, which no valid row is`;

/** A row too long to read, reported and stepped over. */
export const skippedRow = (row: number, id: string | null): SourceItem => ({
  kind: 'problem',
  row,
  id,
  column: null,
  reason: `${TOO_LONG}: skipped`,
});

/** A row whose every cell was read: its record, unless bytes of it were not of the file's encoding. */
export function readRecord(
  row: number,
  id: string | null,
  encoding: TextEncoding,
  record: Record<string, string>,
  cells: Iterable<string> = Object.values(record),
): SourceItem {
  if (hasBrokenEncoding(encoding, cells)) {
    return { kind: 'problem', row, id, column: null, reason: brokenEncoding(encoding) };
  }
  return { kind: 'record', row, record };
}

export function columnName(header: string): string {
  return header.trim().toLowerCase();
}

/** A row's id, if its cell was read whole, decoded, and can be stored (no NUL, no lone surrogate). */
export function readableId(cell: string | undefined): string | null {
  const id = cell?.trim();
  return id && !id.includes('\uFFFD') && !unsafeTextReason(id) ? id : null;
}
