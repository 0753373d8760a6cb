import { Transform } from 'node:stream';
import { TextDecoder } from 'node:util';

/**
 * How a file's text is encoded, told from its first bytes: a byte-order mark when it has one
 * (UTF-8, or UTF-16 as Excel's "Unicode text" saves it), else UTF-8 unless it reads better as
 * Windows-1252. Files that are not text at all (images, archives, spreadsheets, UTF-16 without its
 * mark) are refused with what they look like, rather than read as rows of garbage.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type EncodingDetection = { encoding: TextEncoding; bomLength: number } | { refusal: string };

const BYTE_ORDER_MARKS: [bytes: number[], encoding: TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The first bytes of formats people send instead of CSV or JSON. */
const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'gzip-compressed; decompress it first'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (an .xlsx or .ods spreadsheet?); export it as CSV'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an Office document (an .xls spreadsheet?); export it as CSV'],
];

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

/** Control characters no CSV or JSON text has (tab, line feed and carriage return are text). */
function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d;
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

export function detectEncoding(head: Buffer): EncodingDetection {
  for (const [bytes, encoding] of BYTE_ORDER_MARKS)
    if (startsWith(head, bytes)) return { encoding, bomLength: bytes.length };
  for (const [bytes, what] of SIGNATURES) if (startsWith(head, bytes)) return { refusal: `is ${what}` };
  // UTF-16 text without its mark has a NUL beside almost every ASCII character, on one side.
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < head.length; index++) {
    if (head[index] !== 0) continue;
    if (index % 2) oddNuls++;
    else evenNuls++;
  }
  const half = head.length / 2;
  if (half >= 4 && Math.max(evenNuls, oddNuls) > half * 0.3) {
    return { refusal: 'looks like UTF-16 text without a byte-order mark; save it as UTF-8' };
  }
  // A stray NUL in a cell is that row's problem; a head full of control bytes is not text at all.
  const controls = head.reduce((count, byte) => count + (isControl(byte) ? 1 : 0), 0);
  if (controls > head.length * 0.05)
    return { refusal: 'is not a text file (binary data); a CSV or JSON file is expected' };
  return { encoding: looksLikeUtf8(head) ? 'utf-8' : 'windows-1252', bomLength: 0 };
}

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

/** Whether the decoder met bytes not of the encoding (it puts U+FFFD; Windows-1252 decodes every byte). */
export function hasBrokenEncoding(encoding: TextEncoding, cells: Iterable<string>): boolean {
  if (encoding === 'windows-1252') return false;
  for (const cell of cells) if (cell.includes('\uFFFD')) return true;
  return false;
}
