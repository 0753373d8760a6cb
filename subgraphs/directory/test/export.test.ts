import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@passerelle/platform/auth';
import { createTestDatabase, getFromSubgraph, TEST_GATEWAY_SECRET } from '@passerelle/platform/testing';
// Through the package's entry point: the import and the export are a library too.
import { prepareDirectoryDatabase } from '../src/database';
import { type ExportFormat, type ExportVersion, exportPlaces } from '../src/export/export-places';
import { importPlaces } from '../src/import/import-places';
import { placeFieldsOf } from '../src/places/place-row';
import { V0_COLUMNS, V1_COLUMNS } from '../src/standard/columns';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';
import { csv, rows } from './support/files';
import { runImportCommand } from './support/import-command';
import { placesDigest } from './support/places-digest';

let directory: DirectoryUnderTest;

beforeAll(async () => {
  directory = await startDirectory('directory_export');
});

afterAll(async () => {
  await directory?.stop();
});

async function exportToText(
  format: ExportFormat,
  filter: Parameters<typeof exportPlaces>[1],
  version: ExportVersion = '1',
): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      text += chunk;
      callback();
    },
  });
  await exportPlaces(directory.prisma, filter, format, sink, { version });
  return text;
}

const landes = { territories: [{ kind: 'DEPARTMENT' as const, code: '40' }] };

describe('exports', () => {
  it('writes CSV in the standard v1.0.2 column order', async () => {
    const text = await exportToText('csv', landes);
    const [header, ...lines] = text.trimEnd().split('\n');
    expect(header).toBe(V1_COLUMNS.join(','));
    expect(lines).toHaveLength(await directory.prisma.place.count({ where: { departmentCode: '40' } }));
  });

  it.each(['csv', 'json'] as const)(
    'gives back the same places, field for field, when its %s is imported',
    async (format) => {
      const file = path.join(tmpdir(), `roundtrip-${Date.now()}.${format}`);
      writeFileSync(file, await exportToText(format, landes));
      const report = await importPlaces({
        databaseUrl: directory.database.url,
        file,
        dataset: `roundtrip-${format}`,
      });
      expect(report.counts.rejected).toBe(0);
      const original = await directory.prisma.place.findMany({
        where: { dataset: 'demo', departmentCode: '40' },
        orderBy: { externalId: 'asc' },
      });
      const copy = await directory.prisma.place.findMany({
        where: { dataset: `roundtrip-${format}` },
        orderBy: { externalId: 'asc' },
      });
      expect(copy.map(placeFieldsOf)).toEqual(original.map(placeFieldsOf));
      // Same content, same hash: importing the export again changes nothing.
      expect(copy.map((place) => place.contentHash)).toEqual(original.map((place) => place.contentHash));
    },
  );

  it('writes GeoJSON points, null geometry for places without coordinates', async () => {
    const geojson = JSON.parse(await exportToText('geojson', {}));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(
      await directory.prisma.place.count({ where: { archivedAt: null } }),
    );
    const withPoint = geojson.features.find((feature: any) => feature.geometry);
    expect(withPoint.geometry.coordinates).toEqual([
      withPoint.properties.longitude,
      withPoint.properties.latitude,
    ]);
    expect(geojson.features.some((feature: any) => feature.geometry === null)).toBe(true);
  });

  it('streams any filter over HTTP, and refuses a bad one', async () => {
    const base = directory.server.url.replace(/\/graphql$/, '');
    const filter = encodeURIComponent(
      JSON.stringify({
        territory: { kind: 'DEPARTMENT', code: '40' },
        services: ['ADMINISTRATIVE_PROCEDURES'],
      }),
    );
    const response = await getFromSubgraph(`${base}/export/places.json?filter=${filter}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const records = (await response.json()) as any[];
    expect(records.length).toBe(
      await directory.prisma.place.count({
        where: { departmentCode: '40', services: { has: 'ADMINISTRATIVE_PROCEDURES' } },
      }),
    );
    expect(records.every((record) => record.services.includes('Aide aux démarches administratives'))).toBe(
      true,
    );

    const errorOf = async (url: string) => {
      const answer = await getFromSubgraph(url);
      return { status: answer.status, code: ((await answer.json()) as any).errors[0].extensions.code };
    };
    expect(
      await errorOf(`${base}/export/places.csv?filter=${encodeURIComponent('{"services":["COOKING"]}')}`),
    ).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await errorOf(`${base}/export/places.xml`)).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect(await errorOf(`${base}/export/places.json?version=2`)).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  });

  it('answers only the gateway: unsigned, or signed for another query, is refused', async () => {
    const base = directory.server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/export/places.json`)).status).toBe(403);
    const signed = await getFromSubgraph(`${base}/export/places.json?version=0.1`);
    expect(signed.status).toBe(200);
    await signed.body?.cancel();
    // A signature made for one query string does not open another.
    const header = signGatewayRequest(TEST_GATEWAY_SECRET, '/export/places.json?version=0.1', undefined);
    const replayed = await fetch(`${base}/export/places.json?version=1`, {
      headers: { [GATEWAY_SIGNATURE_HEADER]: header },
    });
    expect(replayed.status).toBe(403);
  });
});

describe('v0.1 exports', () => {
  it('write v0.1 columns, `;`-joined text and whole v0.1 labels, in JSON as in CSV', async () => {
    const records = JSON.parse(await exportToText('json', landes, '0.1')) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(Object.keys(record)).toEqual([...V0_COLUMNS]);
      expect(typeof record.services).toBe('string');
      // Absent is null, never '': v0.1 readers validate any value that is there.
      expect(Object.values(record)).not.toContain('');
    }
    const free = records.find((record) => String(record.conditions_acces).startsWith('Gratuit :'));
    expect(free?.conditions_acces).toBe('Gratuit : Je peux accéder gratuitement au lieu et à ses services');
    const [header] = (await exportToText('csv', landes, '0.1')).split('\n');
    expect(header).toBe(V0_COLUMNS.join(','));
  });

  it.each(['csv', 'json'] as const)(
    'import back as the same places, with what v0.1 can say (%s)',
    async (format) => {
      const file = path.join(tmpdir(), `roundtrip-v0-${Date.now()}.${format}`);
      writeFileSync(file, await exportToText(format, landes, '0.1'));
      const report = await importPlaces({
        databaseUrl: directory.database.url,
        file,
        dataset: `roundtrip-v0-${format}`,
      });
      expect(report.counts.rejected).toBe(0);
      const original = await directory.prisma.place.findMany({
        where: { dataset: 'demo', departmentCode: '40' },
        orderBy: { externalId: 'asc' },
      });
      const copy = await directory.prisma.place.findMany({
        where: { dataset: `roundtrip-v0-${format}` },
        orderBy: { externalId: 'asc' },
      });
      // v0.1 has no twin of this service: places offering only it are left out.
      const v0Services = (services: string[]) => services.filter((service) => service !== 'SAFE_DIGITAL_USE');
      const described = original.filter((place) => v0Services(place.services).length > 0);
      const essentials = (place: (typeof original)[number]) => ({
        externalId: place.externalId,
        name: place.name,
        communeCode: place.communeCode,
        latitude: place.latitude,
        longitude: place.longitude,
        services: v0Services(place.services),
        fees: place.fees,
        phone: place.phone,
        openingHours: place.openingHours,
      });
      expect(copy.map(essentials)).toEqual(described.map(essentials));
    },
  );
});

describe('the import command', () => {
  const runImport = (args: string[]) => runImportCommand(directory.database.url, args);

  it('prints a summary and the rows at fault, writes the JSON report, and exits 2 when rows were rejected', async () => {
    const file = path.join(tmpdir(), `cli-${Date.now()}.csv`);
    const badRow = 'x,1,Lieu,Dax,40100,,1 rue,,,,,,,,,,,,,,2026-01-01,,,,,,,,,,,\n';
    writeFileSync(
      file,
      `${await exportToText('csv', { territories: [{ kind: 'DEPARTMENT', code: '64' }] })}${badRow}`,
    );
    const reportFile = `${file}.report.json`;
    const run = runImport([file, '--source', 'cli', '--report', reportFile]);
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/read \d+ · created \d+ · updated 0 · unchanged 0 · rejected 1/);
    expect(run.output()).toMatch(
      new RegExp(`${path.basename(file)}, row \\d+, field pivot: "1" must be a SIRET`),
    );
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report.rejected[0]).toMatchObject({ id: 'x', column: 'pivot', value: '1' });
  });

  it('stops at a quote never closed in a large file, in flat memory, and archives nothing', async () => {
    const before = path.join(tmpdir(), `unclosed-before-${Date.now()}.csv`);
    writeFileSync(before, csv(rows(3)));
    await importPlaces({ databaseUrl: directory.database.url, file: before, dataset: 'cli-unclosed' });
    // 150 MB whose row 3 opens a quote that nothing closes.
    const [header, first, second] = csv(rows(2)).split('\n') as [string, string, string];
    const rest = `${second.replace('Lieu 2,', '"oops,')}\n${`${first}\n`.repeat(460_000)}`;
    const file = path.join(tmpdir(), `unclosed-${Date.now()}.csv`);
    writeFileSync(file, `${header}\n${first}\n${rest}`);
    const run = runImport([file, '--source', 'cli-unclosed', '--prune']);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain(
      `stopped: ${path.basename(file)}: row 3: a quote opened here is never closed`,
    );
    expect(run.output()).toContain('pruning skipped: the file was not read to its end');
    // The command alone peaks near 200 MB; holding the rest of the file would add 300 MB.
    const peakMemoryMb = Number(/peak memory (\d+) MB/.exec(run.output())?.[1]);
    expect(peakMemoryMb).toBeLessThan(260);
    expect(await directory.prisma.place.count({ where: { dataset: 'cli-unclosed', archivedAt: null } })).toBe(
      3,
    );
  });

  it('leaves whole batches when killed mid-import, and a second run ends as a clean import would', async () => {
    const file = path.join(tmpdir(), `kill-${Date.now()}.csv`);
    writeFileSync(file, await exportToText('csv', { datasets: ['demo'] }));
    const total = await directory.prisma.place.count({ where: { dataset: 'demo' } });
    const run = runImport([file, '--source', 'killed']);
    // Kill it once the first batch is in.
    while ((await directory.prisma.place.count({ where: { dataset: 'killed' } })) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    run.child.kill('SIGKILL');
    await run.exited;
    const partial = await directory.prisma.place.count({ where: { dataset: 'killed' } });
    expect(partial % 1000).toBe(0);
    expect(partial).toBeLessThan(total);

    const again = runImport([file, '--source', 'killed']);
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain(`created ${total - partial} · updated 0 · unchanged ${partial}`);
    expect(await directory.prisma.place.count({ where: { dataset: 'killed' } })).toBe(total);

    // The same file imported once, uninterrupted, into a fresh database: the same rows, to the byte.
    const fresh = await createTestDatabase('directory_export_clean');
    const prisma = await prepareDirectoryDatabase(fresh.url, 'test database');
    try {
      const clean = await importPlaces({ databaseUrl: fresh.url, file, dataset: 'killed' });
      expect(clean.counts).toMatchObject({ created: total, rejected: 0 });
      const expected = await placesDigest(prisma, 'killed');
      expect(expected.count).toBe(total);
      expect(await placesDigest(directory.prisma, 'killed')).toEqual(expected);
    } finally {
      await prisma.$disconnect();
      await fresh.drop();
    }
  });
});
