import { pipeline } from 'node:stream/promises';
import Papa from 'papaparse';
import { CsvRowEnd } from './csv-row-end';
import { SourceFileError } from './source-file-error';
import { MAX_ROW_LENGTH, readableId, readRecord, type SourceItem, skippedRow } from './source-items';
import { Decode, type TextEncoding } from './text-encoding';

const neverClosed = (row: number) => `row ${row}: a quote opened here is never closed`;

/**
 * CSV records, parsed by PapaParse (several times faster than the alternatives here) one chunk at
 * a time: a row cut by the end of a chunk is parsed again with the next one. A row that grows past
 * MAX_ROW_LENGTH is reported and stepped over to its end, unread, and the rows after it are read;
 * only a quote never closed up to the end of the file stops the file there. `row` is the record's
 * row as a spreadsheet shows it: the header is row 1.
 */
export async function* csvRecords(
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
      } else {
        const fields: Record<string, string> = {};
        for (let column = 0; column < columns.length; column++)
          fields[columns[column] as string] = record[column] as string;
        // Every cell is checked, a repeated column's too.
        yield readRecord(row, id, encoding, fields, record);
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
          item: skippedRow(row, id),
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
