import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { type ExportFormat, exportPlaces } from '../src/export/export-places';
import { importPlaces } from '../src/import/import-places';
import { V1_COLUMNS } from '../src/standard/columns';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';

/**
 * The standard's valid example (every column filled, several values in every multi-valued column,
 * two websites), as CSV and as JSON, written already in the form the standard normalises to: what
 * comes back from every export must be exactly the file.
 */
const fixtures = path.join(__dirname, 'fixtures', 'standard');
const csvFile = path.join(fixtures, 'exemple-valide.csv');
const jsonFile = path.join(fixtures, 'exemple-valide.json');

type JsonRecord = Record<string, string | number | string[]>;

const csvExample = Papa.parse<Record<string, string>>(readFileSync(csvFile, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const jsonExample = JSON.parse(readFileSync(jsonFile, 'utf8')) as JsonRecord[];

let directory: DirectoryUnderTest;

beforeAll(async () => {
  directory = await startDirectory('directory_standard_example', { seed: false });
});

afterAll(async () => {
  await directory?.stop();
});

async function exportText(format: ExportFormat, dataset: string): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      text += chunk;
      callback();
    },
  });
  await exportPlaces(directory.prisma, { datasets: [dataset] }, format, sink);
  return text;
}

const byId = <Record extends { id?: unknown }>(records: Record[]) =>
  [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));

describe("the standard's valid example", () => {
  it('is the same file in both forms, with every column filled', () => {
    expect(Object.keys(csvExample[0] ?? {})).toEqual(V1_COLUMNS);
    for (const record of csvExample) for (const column of V1_COLUMNS) expect(record[column]).not.toBe('');
    expect(jsonExample).toHaveLength(csvExample.length);
  });

  describe.each([
    ['CSV', csvFile, 'example-csv'],
    ['JSON', jsonFile, 'example-json'],
  ])('imported from %s', (_kind, file, dataset) => {
    beforeAll(async () => {
      const report = await importPlaces({ databaseUrl: directory.database.url, file, dataset });
      expect(report.fatal).toBeNull();
      // Not one warning: nothing of the file is dropped or changed.
      expect([...report.rejected, ...report.warnings]).toEqual([]);
      expect(report.counts).toMatchObject({ read: 2, created: 2 });
    });

    it('comes back from the CSV export exactly, cell by cell', async () => {
      const text = await exportText('csv', dataset);
      expect(text.split('\n')[0]).toBe(V1_COLUMNS.join(','));
      const exported = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
      expect(byId(exported)).toEqual(byId(csvExample));
    });

    it('comes back from the JSON export exactly, lists as lists and coordinates as numbers', async () => {
      const exported = JSON.parse(await exportText('json', dataset)) as JsonRecord[];
      expect(byId(exported)).toEqual(byId(jsonExample));
    });

    it('comes back from the GeoJSON export exactly, as properties of points', async () => {
      const geojson = JSON.parse(await exportText('geojson', dataset));
      const features = geojson.features as { geometry: { coordinates: number[] }; properties: JsonRecord }[];
      expect(byId(features.map((feature) => feature.properties))).toEqual(byId(jsonExample));
      for (const { geometry, properties } of features)
        expect(geometry.coordinates).toEqual([properties.longitude, properties.latitude]);
    });
  });

  it('serves every website, and the first one to clients of the single `website`', async () => {
    const { data, errors } = await directory.query(
      'query ($filter: PlaceFilter) { places(filter: $filter, first: 10) { edges { node { externalId website websites } } } }',
      { filter: { datasets: ['example-csv'] } },
    );
    expect(errors).toBeUndefined();
    const first = data?.places.edges.find((edge: any) => edge.node.externalId === 'structure-1').node;
    expect(first).toEqual({
      externalId: 'structure-1',
      website: 'https://www.quincaillerie.example.org/',
      websites: ['https://www.quincaillerie.example.org/', 'https://m.facebook.com/quincaillerienumerique/'],
    });
  });
});
