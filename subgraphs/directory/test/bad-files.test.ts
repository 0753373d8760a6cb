import { gzipSync } from 'node:zlib';
import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
import { type PrismaClient, prepareDirectoryDatabase } from '../src/database';
import { importPlaces } from '../src/import/import-places';
import { exitCodeOf } from '../src/import/import-report';
import { csv, type Row, rows, writeFile } from './support/files';
import { runImportCommand } from './support/import-command';

/**
 * Files as they come from producers, broken every way we have seen: each goes through the real
 * import, and must give its documented exit code, a report naming the row and field of every
 * problem, nothing invalid in the database and every valid row of the file in it.
 */

let database: TestDatabase;
let prisma: PrismaClient;
const today = new Date('2026-11-23T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase('directory_bad_files');
  prisma = await prepareDirectoryDatabase(database.url, 'test database');
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

type Issue = [row: number, column: string | null, reason: RegExp];

interface BadFile {
  name: string;
  content: string | Buffer;
  exitCode: 0 | 1 | 2;
  /** Why the file stops (it names the file), when it does. */
  fatal?: RegExp;
  rejected?: Issue[];
  warnings?: Issue[];
  /** The rows of the file that are valid: exactly what the database holds after the run. */
  valid: Row[];
}

const line = (row: Row) => csv([row]).trimEnd().split('\n')[1] as string;
const header = csv([]).trimEnd();
const lines = (...rowLines: string[]) => `${[header, ...rowLines].join('\n')}\n`;
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => utf16le(text).swap16();
const accented = rows(3).map((row, index) => ({ ...row, nom: `Médiathèque Françoise-Hélène ${index + 1}` }));
const [first, second, third, fourth, fifth] = rows(5) as [Row, Row, Row, Row, Row];
const jsonRecords = rows(2);
const json = JSON.stringify(jsonRecords);
const pngHeader = Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex');

const corpus: BadFile[] = [
  // Encodings and byte-order marks.
  {
    name: 'utf-16le-bom.csv',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(csv(accented))]),
    exitCode: 0,
    valid: accented,
  },
  {
    name: 'utf-16be-bom.csv',
    content: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(csv(accented))]),
    exitCode: 0,
    valid: accented,
  },
  {
    name: 'utf-16le-bom.json',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(json)]),
    exitCode: 0,
    valid: jsonRecords,
  },
  {
    name: 'utf-16-no-bom.csv',
    content: utf16le(csv(accented)),
    exitCode: 1,
    fatal: /^utf-16-no-bom\.csv: looks like UTF-16 text without a byte-order mark; save it as UTF-8$/,
    valid: [],
  },
  { name: 'windows-1252.csv', content: Buffer.from(csv(accented), 'latin1'), exitCode: 0, valid: accented },
  { name: 'utf-8-bom.csv', content: `\ufeff${csv(accented)}`, exitCode: 0, valid: accented },
  {
    name: 'broken-utf-8.csv',
    content: Buffer.concat([
      Buffer.from(lines(line(first))),
      Buffer.from(line({ ...second, nom: 'Lieu X' }).replace('X', '\u0001')).map((byte) =>
        byte === 1 ? 0xff : byte,
      ),
      Buffer.from(`\n${line(third)}\n`),
    ]),
    exitCode: 2,
    rejected: [[3, null, /not valid UTF-8/]],
    valid: [first, third],
  },
  // Delimiters, quotes, cut files.
  { name: 'semicolons.csv', content: csv(rows(3), ';'), exitCode: 0, valid: rows(3) },
  { name: 'tabs.csv', content: csv(rows(3), '\t'), exitCode: 0, valid: rows(3) },
  {
    name: 'mixed-delimiters.csv',
    content: lines(line(first), line(second).replaceAll(',', ';'), line(third)),
    exitCode: 2,
    rejected: [[3, null, /has 1 field\(s\) where the header has 32/]],
    valid: [first, third],
  },
  {
    name: 'open-quote.csv',
    content: lines(line(first), line(second), line(third).replace('Lieu 3,', '"Lieu 3,'), line(fourth)),
    exitCode: 2,
    fatal: /^open-quote\.csv: row 4: a quote opened here is never closed$/,
    valid: [first, second],
  },
  {
    name: 'truncated.csv',
    content: `${lines(line(first), line(second)).trimEnd()}\n${line(third).slice(0, 50)}`,
    exitCode: 2,
    rejected: [[4, null, /field\(s\) where the header has 32 \(truncated line/]],
    valid: [first, second],
  },
  {
    name: 'truncated.json',
    content: JSON.stringify(rows(3)).slice(0, -40),
    exitCode: 2,
    fatal: /^truncated\.json: is not valid JSON after the records read so far \(truncated file\?\)/,
    valid: rows(2),
  },
  // Cells too large to be places.
  {
    name: 'megabyte-cell.csv',
    content: csv([first, { ...second, presentation_detail: `"${'x'.repeat(1 << 20)}, "quoted"` }, third]),
    exitCode: 2,
    rejected: [[3, null, /longer than 1000000 characters, which no valid row is: skipped/]],
    valid: [first, third],
  },
  {
    name: 'megabyte-cell.json',
    content: JSON.stringify([first, { ...second, presentation_detail: 'x'.repeat(1 << 20) }, third]),
    exitCode: 2,
    rejected: [[2, null, /longer than 1000000 characters, which no valid row is: skipped/]],
    valid: [first, third],
  },
  {
    name: 'megabyte-first-record.json',
    content: JSON.stringify([{ ...first, presentation_detail: 'x'.repeat(1 << 20) }, second]),
    exitCode: 1,
    fatal:
      /^megabyte-first-record\.json: row 1 is longer than 1000000 characters, which no valid row is: its columns cannot be told$/,
    valid: [],
  },
  {
    name: 'long-cell.csv',
    content: csv([first, { ...second, presentation_resume: 'y'.repeat(20_000) }, third]),
    exitCode: 2,
    rejected: [[3, 'presentation_resume', /longer than 10000 characters/]],
    valid: [first, third],
  },
  // Text that cannot be stored, or that a spreadsheet would run.
  {
    name: 'nul.csv',
    content: csv([first, { ...second, presentation_resume: 'Ateliers\u0000' }, third]),
    exitCode: 2,
    rejected: [[3, 'presentation_resume', /^contains a NUL character \(U\+0000\)$/]],
    valid: [first, third],
  },
  {
    name: 'formulas.csv',
    content: csv([
      { ...first, nom: '=HYPERLINK("https://evil.example","x")' },
      { ...second, nom: '@SUM(1)' },
    ]),
    exitCode: 0,
    valid: [
      { ...first, nom: '=HYPERLINK("https://evil.example","x")' },
      { ...second, nom: '@SUM(1)' },
    ],
  },
  // Values the standard refuses.
  {
    name: 'duplicate-ids.csv',
    content: csv([first, second, { ...first, nom: 'Lieu 1 (bis)' }]),
    exitCode: 0,
    warnings: [[4, 'id', /appears more than once in the file \(also row 2\): the last row is used/]],
    valid: [{ ...first, nom: 'Lieu 1 (bis)' }, second],
  },
  {
    name: 'coordinates.csv',
    content: csv([
      { ...first, latitude: '95' },
      { ...second, longitude: '-200' },
      { ...third, longitude: '' },
      { ...fourth, latitude: 'nord' },
      fifth,
    ]),
    exitCode: 2,
    rejected: [
      [2, 'latitude', /must be between -90 and 90/],
      [3, 'longitude', /must be between -180 and 180/],
      [4, 'longitude', /latitude and longitude go together/],
      [5, 'latitude', /must be a number/],
    ],
    valid: [fifth],
  },
  {
    name: 'bad-enums.csv',
    content: csv([
      { ...first, services: 'Cours de cuisine' },
      { ...second, frais_a_charge: 'Gratis' },
      third,
    ]),
    exitCode: 2,
    rejected: [
      [2, 'services', /is not a value of the standard/],
      [3, 'frais_a_charge', /is not a value of the standard/],
    ],
    valid: [third],
  },
  // Files with nothing, or nothing that is text.
  { name: 'empty.csv', content: '', exitCode: 1, fatal: /^empty\.csv: is empty$/, valid: [] },
  { name: 'blank.csv', content: '\n  \r\n\n', exitCode: 1, fatal: /^blank\.csv: is empty$/, valid: [] },
  { name: 'header-only.csv', content: `${header}\n`, exitCode: 0, valid: [] },
  {
    name: 'image.png',
    content: Buffer.concat([pngHeader, Buffer.alloc(200)]),
    exitCode: 1,
    fatal: /^image\.png: is a PNG image$/,
    valid: [],
  },
  {
    name: 'places.csv.gz',
    content: gzipSync(csv(rows(3))),
    exitCode: 1,
    fatal: /^places\.csv\.gz: is gzip-compressed; decompress it first$/,
    valid: [],
  },
  {
    name: 'places.xlsx',
    content: Buffer.concat([Buffer.from('504b0304140006000800', 'hex'), Buffer.from('[Content_Types].xml')]),
    exitCode: 1,
    fatal: /^places\.xlsx: is a zip archive \(an \.xlsx or \.ods spreadsheet\?\); export it as CSV$/,
    valid: [],
  },
  {
    name: 'binary.bin',
    content: Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 131) % 256)),
    exitCode: 1,
    fatal: /^binary\.bin: is not a text file \(binary data\); a CSV or JSON file is expected$/,
    valid: [],
  },
  // JSON of the wrong shape or types.
  {
    name: 'object.json',
    content: JSON.stringify({ type: 'FeatureCollection', features: [] }),
    exitCode: 1,
    fatal: /^object\.json: is a JSON object; an array of records is expected$/,
    valid: [],
  },
  {
    name: 'arrays.json',
    content: JSON.stringify([Object.values(first)]),
    exitCode: 1,
    fatal: /^arrays\.json: none of the standard's columns \(id, nom, adresse…\) was found/,
    valid: [],
  },
  {
    name: 'wrong-types.json',
    content: JSON.stringify([
      { ...first, nom: 12 },
      { ...second, services: { label: 'Aide aux démarches administratives' } },
      { ...third, latitude: [43.8, 43.9] },
      'lieu-4',
      { ...fifth, date_maj: true },
    ]),
    exitCode: 2,
    rejected: [
      [2, 'services', /is neither text, a number nor a list of them/],
      [3, 'latitude', /must be a number/],
      [4, null, /is not an object of columns/],
      [5, 'date_maj', /must be a date/],
    ],
    valid: [{ ...first, nom: '12' }],
  },
];

const datasetOf = (file: BadFile) => file.name.replace(/[^A-Za-z0-9]+/g, '-');
const issues = (list: { row: number; column: string | null; reason: string }[]) =>
  list.map((issue) => [issue.row, issue.column, issue.reason]);
const expected = (list: Issue[] = []) =>
  list.map(([row, column, reason]) => [row, column, expect.stringMatching(reason)]);

describe('a corpus of bad files, through the import', () => {
  it.each(corpus.map((file) => [file.name, file] as const))('%s', async (_name, file) => {
    const report = await importPlaces({
      databaseUrl: database.url,
      file: writeFile(file.name, file.content),
      dataset: datasetOf(file),
      today,
    });
    expect(exitCodeOf(report)).toBe(file.exitCode);
    if (file.fatal) expect(report.fatal).toMatch(file.fatal);
    else expect(report.fatal).toBeNull();
    expect(issues(report.rejected)).toEqual(expected(file.rejected));
    expect(issues(report.warnings)).toEqual(expected(file.warnings));
    // Nothing invalid written, nothing valid lost: the valid rows, as the file gives them.
    const stored = await prisma.place.findMany({
      where: { dataset: datasetOf(file) },
      orderBy: { externalId: 'asc' },
      select: { externalId: true, name: true },
    });
    expect(stored).toEqual(
      file.valid
        .map((row) => ({ externalId: row.id, name: row.nom }))
        .sort((a, b) => String(a.externalId).localeCompare(String(b.externalId))),
    );
  });
});

describe('the import command on bad files', () => {
  const cases = ['image.png', 'utf-16-no-bom.csv', 'empty.csv', 'nul.csv', 'megabyte-cell.csv'];

  it.each(cases)('%s: exits with its documented code and names the file', async (name) => {
    const file = corpus.find((entry) => entry.name === name) as BadFile;
    const command = runImportCommand(database.url, [
      writeFile(`cli-${name}`, file.content),
      '--source',
      `cli-${datasetOf(file)}`,
    ]);
    expect(await command.exited).toBe(file.exitCode);
    const output = command.output();
    expect(output).not.toMatch(/\n\s+at /); // never a stack trace
    if (file.fatal) expect(output).toContain(`stopped: cli-${name}: `);
    for (const [row, column] of file.rejected ?? [])
      expect(output).toContain(`cli-${name}, row ${row}${column ? `, field ${column}` : ''}: `);
  });
});
