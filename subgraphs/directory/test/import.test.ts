import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
import { type PrismaClient, prepareDirectoryDatabase } from '../src/database';
import { type ImportOptions, importPlaces } from '../src/import/import-places';
import { csv, type Row, rows, validRow, writeFile } from './support/files';

let database: TestDatabase;
let prisma: PrismaClient;
const today = new Date('2026-11-23T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase('directory_import');
  prisma = await prepareDirectoryDatabase(database.url, 'test database');
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const run = (file: string, dataset: string, options: Partial<ImportOptions> = {}) =>
  importPlaces({ databaseUrl: database.url, file, dataset, today, ...options });

describe('importing a v1 file', () => {
  it('creates the valid rows, reports the invalid ones with row, field, value and reason', async () => {
    const file = writeFile(
      'mixed.csv',
      csv([
        validRow,
        { ...validRow, id: 'lieu-2', services: 'Cours de cuisine' },
        { ...validRow, id: 'lieu-3', nom: '' },
        { ...validRow, id: 'lieu-4', code_insee: '', commune: 'Dax', code_postal: '40100' },
      ]),
    );
    const report = await run(file, 'mixed');
    expect(report.counts).toMatchObject({ read: 4, created: 2, rejected: 2 });
    expect(report.rejected).toEqual([
      {
        row: 3,
        id: 'lieu-2',
        column: 'services',
        value: 'Cours de cuisine',
        reason: 'is not a value of the standard',
      },
      { row: 4, id: 'lieu-3', column: 'nom', value: '', reason: 'required' },
    ]);
    const places = await prisma.place.findMany({
      where: { dataset: 'mixed' },
      orderBy: { externalId: 'asc' },
    });
    expect(places.map((place) => [place.externalId, place.communeCode])).toEqual([
      ['lieu-1', '40192'],
      ['lieu-4', '40088'],
    ]);
  });

  it('changes nothing when the same file comes again, and updates a row whose date_maj is newer', async () => {
    const file = writeFile('v1.csv', csv(rows(3)));
    expect((await run(file, 'again')).counts).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const before = await prisma.place.findMany({
      where: { dataset: 'again' },
      orderBy: { externalId: 'asc' },
    });
    expect((await run(file, 'again')).counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(
      await prisma.place.findMany({ where: { dataset: 'again' }, orderBy: { externalId: 'asc' } }),
    ).toEqual(before);

    const newer = rows(3);
    newer[1] = { ...newer[1], nom: 'Lieu 2 renommé', date_maj: '2026-11-01' };
    newer[2] = { ...newer[2], nom: 'Lieu 3 plus ancien', date_maj: '2025-01-01' };
    const report = await run(writeFile('v1-newer.csv', csv(newer)), 'again');
    expect(report.counts).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        id: 'lieu-3',
        column: 'date_maj',
        reason: 'older than the stored version: ignored',
      }),
    ]);
    const renamed = await prisma.place.findUniqueOrThrow({
      where: { dataset_externalId: { dataset: 'again', externalId: 'lieu-2' } },
    });
    expect(renamed.name).toBe('Lieu 2 renommé');
  });

  it('reports the places a full re-import no longer has, and archives them with prune', async () => {
    await run(writeFile('five.csv', csv(rows(5))), 'prune');
    const three = writeFile('three.csv', csv(rows(3)));
    const report = await run(three, 'prune');
    expect(report.counts.absent).toBe(2);
    expect(report.absentIds).toEqual(['lieu-4', 'lieu-5']);
    expect(await prisma.place.count({ where: { dataset: 'prune', archivedAt: null } })).toBe(5);
    expect((await run(three, 'prune', { prune: true })).counts).toMatchObject({ absent: 2, archived: 2 });
    expect(await prisma.place.count({ where: { dataset: 'prune', archivedAt: null } })).toBe(3);
    // Back in the file: back in the directory.
    expect((await run(writeFile('five-again.csv', csv(rows(5))), 'prune')).counts).toMatchObject({
      updated: 2,
      absent: 0,
    });
  });

  it('counts in a dry run what the import would do, an id repeated across batches included', async () => {
    const file = writeFile(
      'repeated.csv',
      csv([...rows(5), rows(1)[0] as Row, { ...validRow, id: 'lieu-2', nom: 'Lieu 2 renommé' }]),
    );
    // Batches of 2: each repeated id comes back in a later batch than its first row.
    const dry = await run(file, 'repeated', { dryRun: true, batchSize: 2 });
    const real = await run(file, 'repeated', { batchSize: 2 });
    expect(real.counts).toMatchObject({ created: 5, updated: 1, unchanged: 1 });
    expect(dry.counts).toEqual(real.counts);
  });

  it('writes nothing in a dry run, and nothing at all in strict mode when one row is invalid', async () => {
    const file = writeFile('strict.csv', csv([...rows(3), { ...validRow, id: 'bad', pivot: '1' }]));
    const dry = await run(file, 'careful', { dryRun: true });
    expect(dry).toMatchObject({ written: false, counts: { created: 3, rejected: 1 } });
    const strict = await run(file, 'careful', { strict: true });
    expect(strict).toMatchObject({ written: false, counts: { rejected: 1 } });
    expect(await prisma.place.count({ where: { dataset: 'careful' } })).toBe(0);
    const fine = await run(writeFile('strict-ok.csv', csv(rows(3))), 'careful', { strict: true });
    expect(fine).toMatchObject({ written: true, counts: { created: 3 } });
  });

  it('derives the commune from postal code and name, and keeps the unmatched ones with a warning', async () => {
    const file = writeFile(
      'communes.csv',
      csv([
        { ...validRow, id: 'c1', code_insee: '', commune: 'ST PAUL LES DAX', code_postal: '40990' },
        {
          ...validRow,
          id: 'c2',
          code_insee: '',
          commune: 'Ajaccio',
          code_postal: '20000',
          latitude: '41.92',
          longitude: '8.73',
        },
        { ...validRow, id: 'c3', code_insee: '', commune: 'Lieu-dit Perdu', code_postal: '40100' },
        {
          ...validRow,
          id: 'c4',
          code_insee: '',
          commune: 'Saint-Denis',
          code_postal: '97400',
          latitude: '-20.88',
          longitude: '55.45',
        },
      ]),
    );
    const report = await run(file, 'communes');
    expect(report.counts).toMatchObject({ created: 4, rejected: 0 });
    expect(report.warnings).toEqual([expect.objectContaining({ id: 'c3', column: 'commune' })]);
    const places = await prisma.place.findMany({
      where: { dataset: 'communes' },
      orderBy: { externalId: 'asc' },
    });
    expect(places.map((place) => [place.communeCode, place.departmentCode, place.regionCode])).toEqual([
      ['40279', '40', '75'],
      ['2A004', '2A', '94'],
      [null, '40', '75'],
      ['97411', '974', '04'],
    ]);
  });
});

describe('file shapes', () => {
  it('reads semicolon-delimited v0.1 files and maps them to v1', async () => {
    const header =
      'id;pivot;nom;commune;code_postal;code_insee;adresse;date_maj;services;publics_accueillis;conditions_acces;labels_nationaux;courriel;cle_ban';
    const line =
      'v0-1;21400192600019;Espace numérique;Dax;40100;40088;2 rue Neuve;2026-01-15;"Prendre en main un ordinateur;Accéder à du matériel";Seniors (+ 65 ans);Gratuit : Je peux accéder gratuitement au lieu et à ses services;CNFS;a@b.fr;40088_0001';
    const report = await run(writeFile('v0.csv', `${header}\n${line}\n`), 'legacy');
    expect(report.source).toMatchObject({ kind: 'csv', version: 'v0', delimiter: ';' });
    expect(report.counts).toMatchObject({ created: 1, rejected: 0 });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        column: 'cle_ban',
        reason: 'has no equivalent in v1 of the standard: dropped',
      }),
    ]);
    const place = await prisma.place.findFirstOrThrow({ where: { dataset: 'legacy' } });
    expect(place).toMatchObject({
      services: ['EVERYDAY_DIGITAL_TOOLS', 'INTERNET_AND_EQUIPMENT_ACCESS'],
      specificPublics: ['SENIORS'],
      fees: ['FREE'],
      nationalPrograms: ['CONSEILLERS_NUMERIQUES'],
      emails: ['a@b.fr'],
    });
  });

  it('reads Windows-1252 files, UTF-8 files with a BOM, and JSON arrays', async () => {
    const latin = writeFile(
      'latin1.csv',
      Buffer.from(csv([{ ...validRow, id: 'w1', nom: 'Médiathèque Éléonore' }]), 'latin1'),
    );
    const latinReport = await run(latin, 'shapes');
    expect(latinReport.source?.encoding).toBe('windows-1252');
    expect((await prisma.place.findFirstOrThrow({ where: { externalId: 'w1' } })).name).toBe(
      'Médiathèque Éléonore',
    );

    const bom = writeFile('bom.csv', `\uFEFF${csv([{ ...validRow, id: 'b1' }], ';')}`);
    expect(await run(bom, 'shapes')).toMatchObject({
      source: { encoding: 'utf-8', delimiter: ';' },
      counts: { created: 1 },
    });

    const json = writeFile(
      'places.json',
      JSON.stringify([
        {
          ...validRow,
          id: 'j1',
          latitude: 43.89,
          longitude: -0.5,
          services: ['Aide aux démarches administratives'],
        },
      ]),
    );
    expect(await run(json, 'shapes')).toMatchObject({
      source: { kind: 'json', version: 'v1' },
      counts: { created: 1, rejected: 0 },
    });
    expect((await prisma.place.findFirstOrThrow({ where: { externalId: 'j1' } })).latitude).toBe(43.89);
  });
});

describe('bad files: a clear report, nothing invalid written', () => {
  it('stops at a file whose header lacks required columns or reads as one column', async () => {
    const missing = await run(writeFile('missing.csv', 'id,nom,commune\n1,a,b\n'), 'bad');
    expect(missing).toMatchObject({ written: false, counts: { read: 0 } });
    expect(missing.fatal).toMatch(/missing.csv: required columns missing: .*code_postal/);

    const tabs = csv(rows(2)).replaceAll(',', ':');
    const delimiter = await run(writeFile('colons.csv', tabs), 'bad');
    expect(delimiter.fatal).toMatch(/is the delimiter right\?/);

    const empty = await run(writeFile('empty.csv', ''), 'bad');
    expect(empty.fatal).toMatch(/empty/);
    expect(await prisma.place.count({ where: { dataset: 'bad' } })).toBe(0);
  });

  it('rejects a truncated last line, a line with the wrong delimiter and a huge cell, keeping the rest', async () => {
    const text = csv(rows(4, { presentation_detail: 'Texte' }));
    const lines = text.trimEnd().split('\n');
    lines[2] = (lines[2] as string).replaceAll(',', ';');
    lines[3] = (lines[3] as string).replace('Texte', 'x'.repeat(50_000));
    lines[4] = (lines[4] as string).slice(0, 40);
    const report = await run(writeFile('damaged.csv', `${lines.join('\n')}\n`), 'damaged');
    expect(report.counts).toMatchObject({ read: 4, created: 1, rejected: 3 });
    expect(report.rejected.map((issue) => [issue.row, issue.column ?? null])).toEqual([
      [3, null],
      [4, 'presentation_detail'],
      [5, null],
    ]);
    expect(report.rejected[0]?.reason).toMatch(/field\(s\) where the header has 32/);
    expect(report.rejected[1]?.reason).toBe('longer than 10000 characters');
  });

  it('rejects rows with broken UTF-8 bytes', async () => {
    const good = Buffer.from(csv(rows(2)), 'utf8');
    const broken = Buffer.concat([
      good,
      Buffer.from(csv([{ ...validRow, id: 'x', nom: 'AAA' }]).split('\n')[1] as string),
      Buffer.from('\n'),
    ]);
    // An invalid byte in the third row's name, after a valid UTF-8 start of file.
    const at = broken.lastIndexOf(Buffer.from('AAA'));
    broken[at + 1] = 0xff;
    const report = await run(writeFile('broken.csv', broken), 'broken');
    expect(report.source?.encoding).toBe('utf-8');
    expect(report.counts).toMatchObject({ created: 2, rejected: 1 });
    expect(report.rejected[0]?.reason).toMatch(/broken encoding/);
  });

  it('keeps the records before the point where a JSON file is cut, and says it is truncated', async () => {
    const complete = JSON.stringify(rows(3).map((row, index) => ({ ...row, id: `t${index}` })));
    const report = await run(writeFile('cut.json', complete.slice(0, complete.length - 40)), 'truncated');
    expect(report.fatal).toMatch(/truncated/);
    expect(report.counts.created).toBe(2);
    expect(await prisma.place.count({ where: { dataset: 'truncated' } })).toBe(2);
  });

  it('imports every JSON record before a cut, and every record but an over-long one, even when writing lags behind', async () => {
    const records = rows(300).map((row) => ({ ...row, id: `lag-${row.id}` }));
    const complete = JSON.stringify(records);
    // Batches of 5 keep the reader waiting for the database.
    const cut = await run(writeFile('lag-cut.json', complete.slice(0, complete.length - 40)), 'lag-cut', {
      batchSize: 5,
    });
    expect(cut.fatal).toMatch(/truncated/);
    expect(cut.counts).toMatchObject({ read: 299, created: 299 });
    expect(await prisma.place.count({ where: { dataset: 'lag-cut' } })).toBe(299);

    const overlong = { ...validRow, id: 'lag-long', presentation_detail: 'x'.repeat(2_000_000) };
    const after = { ...validRow, id: 'lag-after' };
    const long = JSON.stringify([...records, overlong, after]);
    const report = await run(writeFile('lag-long.json', long), 'lag-long', { batchSize: 5 });
    expect(report.fatal).toBeNull();
    expect(report.rejected).toEqual([
      {
        row: 301,
        id: null,
        column: null,
        value: null,
        reason: 'is longer than 1000000 characters, which no valid row is: skipped',
      },
    ]);
    expect(report.counts).toMatchObject({ read: 302, created: 301, rejected: 1 });
    expect(await prisma.place.count({ where: { dataset: 'lag-long' } })).toBe(301);
  });

  it('reads the columns of a JSON file from its first record, however large, and rejects only that record', async () => {
    const large = { presentation_detail: 'x'.repeat(70_000), ...validRow, id: 'large' };
    const report = await run(writeFile('large-first.json', JSON.stringify([large, validRow])), 'large-json');
    expect(report.fatal).toBeNull();
    expect(report.source).toMatchObject({ kind: 'json', version: 'v1', unknownColumns: [] });
    expect(report.counts).toMatchObject({ read: 2, created: 1, rejected: 1 });
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 1, id: 'large', column: 'presentation_detail' }),
    ]);
  });

  it('refuses a source name that is not an identifier', async () => {
    expect((await run(writeFile('ok.csv', csv(rows(1))), 'bad name!')).fatal).toMatch(/source "bad name!"/);
  });
});

describe('rows that cannot be read never cost a place', () => {
  /** The file of `rows(count)` with line `index` (the header is line 0) passed through `damage`. */
  const damaged = (count: number, index: number, damage: (line: string) => string) => {
    const lines = csv(rows(count)).trimEnd().split('\n');
    lines[index] = damage(lines[index] as string);
    return `${lines.join('\n')}\n`;
  };

  it('reports unreadable rows with their id, so their places are not absent', async () => {
    await run(writeFile('readable.csv', csv(rows(4))), 'unreadable');
    const lines = csv(rows(4)).trimEnd().split('\n');
    lines[2] = (lines[2] as string).replace('Lieu 2', 'Lieu \u0000');
    lines[4] = (lines[4] as string).slice(0, 60);
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    // Broken UTF-8 in lieu-2's name; lieu-4's line cut after a few fields.
    bytes[bytes.indexOf(0)] = 0xff;
    const report = await run(writeFile('unreadable.csv', bytes), 'unreadable');
    expect(report.rejected.map((issue) => [issue.row, issue.id])).toEqual([
      [3, 'lieu-2'],
      [5, 'lieu-4'],
    ]);
    expect(report.counts).toMatchObject({ rejected: 2, absent: 0, archived: 0 });
    expect(report.absentIds).toEqual([]);
  });

  it('rejects a row with a NUL byte like any bad value, and imports every other row', async () => {
    // Row 2,501 as a spreadsheet numbers it (the header is row 1), in the third batch of 1,000.
    const text = damaged(3000, 2500, (line) => line.replace('Lieu 2500', 'Lieu \u00002500'));
    const report = await run(writeFile('nul.csv', text), 'nul');
    expect(report.fatal).toBeNull();
    expect(report.rejected).toEqual([
      {
        row: 2501,
        id: 'lieu-2500',
        column: 'nom',
        value: 'Lieu \\u00002500',
        reason: 'contains a NUL character (U+0000)',
      },
    ]);
    expect(report.counts).toMatchObject({ read: 3000, created: 2999, rejected: 1 });
    const stored = await prisma.place.findMany({ where: { dataset: 'nul' }, select: { externalId: true } });
    expect(stored).toHaveLength(2999);
    expect(stored.map((place) => place.externalId)).not.toContain('lieu-2500');
  });

  it('rejects NULs and lone surrogates of a JSON file, in any field or in the id', async () => {
    const records = rows(5).map((row) => ({ ...row }));
    (records[1] as Row).presentation_detail = 'Ateliers\ud800';
    (records[2] as Row).id = 'lieu-\u00003';
    (records[3] as Row).services = 'Aide aux démarches administratives|\udc00';
    const report = await run(writeFile('unsafe.json', JSON.stringify(records)), 'unsafe-json');
    expect(report.fatal).toBeNull();
    expect(report.rejected.map((issue) => [issue.row, issue.id, issue.column, issue.reason])).toEqual([
      [2, 'lieu-2', 'presentation_detail', 'contains a lone UTF-16 surrogate (not valid Unicode)'],
      [3, null, 'id', 'contains a NUL character (U+0000)'],
      [4, 'lieu-4', 'services', 'contains a lone UTF-16 surrogate (not valid Unicode)'],
    ]);
    expect(report.counts).toMatchObject({ read: 5, created: 2, rejected: 3 });
    const stored = await prisma.place.findMany({
      where: { dataset: 'unsafe-json' },
      orderBy: { externalId: 'asc' },
    });
    expect(stored.map((place) => place.externalId)).toEqual(['lieu-1', 'lieu-5']);
  });

  it('archives nothing when a row could not be read or has no id, and says why', async () => {
    await run(writeFile('six.csv', csv(rows(6))), 'careful-prune');
    // lieu-6 is really gone, but lieu-3 and lieu-4 cannot be told from it.
    const unreadable = damaged(5, 3, (line) => line.replaceAll(',', ';'));
    const report = await run(writeFile('five-unreadable.csv', unreadable), 'careful-prune', { prune: true });
    expect(report.counts).toMatchObject({ absent: 2, archived: 0 });
    expect(report.pruneBlocked).toBe('row 4 could not be read, so its place may be among the absent ones');

    const withoutId = csv([...rows(2), { ...validRow, id: '', nom: 'Sans id' }, ...rows(5).slice(3)]);
    const noId = await run(writeFile('five-no-id.csv', withoutId), 'careful-prune', { prune: true });
    expect(noId.counts).toMatchObject({ rejected: 1, absent: 2, archived: 0 });
    expect(noId.pruneBlocked).toBe('row 4 has no id, so its place may be among the absent ones');
    expect(await prisma.place.count({ where: { dataset: 'careful-prune', archivedAt: null } })).toBe(6);

    const fine = await run(writeFile('five.csv', csv(rows(5))), 'careful-prune', { prune: true });
    expect(fine).toMatchObject({ pruneBlocked: null, counts: { absent: 1, archived: 1 } });
  });

  it('stops at a quote that is never closed, writing and archiving nothing after it', async () => {
    await run(writeFile('quotes-before.csv', csv(rows(2999))), 'unclosed');
    const text = damaged(2999, 2, (line) => line.replace('Lieu 2,', '"oops,'));
    const report = await run(writeFile('unclosed.csv', text), 'unclosed', { prune: true });
    expect(report.fatal).toBe('unclosed.csv: row 3: a quote opened here is never closed');
    expect(report.counts).toMatchObject({ read: 1, archived: 0 });
    expect(report.pruneBlocked).toMatch(/not read to its end/);
    expect(await prisma.place.count({ where: { dataset: 'unclosed', archivedAt: null } })).toBe(2999);
  });

  it('steps over a row longer than any valid row without holding it, and stops at a long unclosed quote', async () => {
    const huge = damaged(3, 2, (line) => line.replace('Lieu 2', 'x'.repeat(5_000_000)));
    const unclosed = damaged(25_000, 2, (line) => line.replace('Lieu 2,', '"oops,'));
    expect(unclosed.length).toBeGreaterThan(5_000_000);
    const started = Date.now();
    const skipped = await run(writeFile('huge-cell.csv', huge), 'huge', { dryRun: true });
    expect(skipped.fatal).toBeNull();
    expect(skipped.rejected).toEqual([
      {
        row: 3,
        id: 'lieu-2',
        column: null,
        value: null,
        reason: 'is longer than 1000000 characters, which no valid row is: skipped',
      },
    ]);
    expect(skipped.counts).toMatchObject({ read: 3, created: 2, rejected: 1 });

    const stopped = await run(writeFile('unclosed-long.csv', unclosed), 'huge', { dryRun: true });
    expect(stopped.fatal).toBe('unclosed-long.csv: row 3: a quote opened here is never closed');
    expect(stopped.counts).toMatchObject({ read: 1, created: 1 });
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
