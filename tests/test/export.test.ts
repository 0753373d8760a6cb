import { fromSchemaLieuDeMediationNumerique } from '@gouvfr-anct/lieux-de-mediation-numerique';
// Not re-exported by the package's index: its mapping of data·inclusion's v0 themes to v1 services.
import { servicesFromDataInclusion } from '@gouvfr-anct/lieux-de-mediation-numerique/lib/cjs/transfer/schema-data-inclusion/from-schema-data-inclusion/from-schema-data-inclusion-fields';
import { STANDARD_SERVICES } from '@passerelle/contracts/standard-services';
import { startGateway } from '@passerelle/gateway';
import type { RunningServer } from '@passerelle/platform/http';
import {
  fromSchemaLieuxDeMediationNumerique as fromSchemaV0,
  Typologie as V0Typologie,
} from 'lieux-de-mediation-numerique-v0';
import { cartographieParser } from '../src/cartographie-parser';
import { gatewayOptionsForTest, startTestPlatform, type TestPlatform } from '../src/platform';
import { allowOrigins, createdKey, runPortalCli } from '../src/portal-cli';

/**
 * The export through the gateway, as the Cartographie nationale's web component (5.22) reads it:
 * its `source` is a URL, fetched from the territory's page, parsed as v0.1 by the component's own
 * parser (run here from its bundle) and by the standard's library of the same generation; the
 * v1.0.2 export by the library's current version.
 */

let platform: TestPlatform;
let base: string;
const PAGE = 'http://127.0.0.1:8080';

beforeAll(async () => {
  platform = await startTestPlatform('export', { withContent: true });
  base = platform.gatewayUrl.replace(/\/graphql$/, '');
  await allowOrigins(platform, 'landes', 'http://127.0.0.1:*', PAGE);
}, 240_000);

afterAll(async () => {
  await platform?.stop();
});

const exportUrl = (format: string, parameters: Record<string, string>) =>
  `${base}/export/places.${format}?${new URLSearchParams(parameters)}`;

async function getJson(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { response, body: (await response.json()) as any };
}

const landesPlaces = () =>
  platform.prisma.directory.place.findMany({
    where: { departmentCode: '40', archivedAt: null },
    // The exports' order.
    orderBy: { id: 'asc' },
  });

/** "Prendre en main un ordinateur" → "numerique--prendre-en-main-un-ordinateur", data·inclusion's name of a v0 service. */
const thematique = (service: string) =>
  `numerique--${service
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`;

describe('the v0.1 export, as the Cartographie nationale reads it', () => {
  it("is served to the portal's page across origins, and its places come out whole from the component's parser", async () => {
    const { response, body } = await getJson(exportUrl('json', { version: '0.1', portal: 'landes' }), {
      origin: PAGE,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');

    const parse = cartographieParser();
    const parsed = (body as unknown[]).map((record) => parse(record));
    const places = await landesPlaces();
    // v0.1 has no twin of this service: a place offering only it cannot be a v0.1 record.
    const described = places.filter((place) =>
      place.services.some((service) => service !== 'SAFE_DIGITAL_USE'),
    );
    expect(described.length).toBeGreaterThan(10);
    expect(parsed.map((place) => place.id)).toEqual(described.map((place) => place.externalId));

    const v0Typologies = new Set<string>(Object.values(V0Typologie));
    for (const [index, place] of described.entries()) {
      const read = parsed[index] as (typeof parsed)[number];
      expect(read.nom).toBe(place.name);
      expect(read.pivot).toBe(place.pivot);
      expect(read.adresse).toMatchObject({
        voie: place.address,
        code_postal: place.postalCode,
        commune: place.communeName,
      });
      expect(read.localisation).toEqual(
        place.latitude === null ? undefined : { latitude: place.latitude, longitude: place.longitude },
      );
      // The standard's library folds the v0 services back into the place's own, by its own table.
      const services = servicesFromDataInclusion(read.services.map(thematique)).services.map(String);
      expect(new Set(services)).toEqual(
        new Set(
          place.services
            .filter((service) => service !== 'SAFE_DIGITAL_USE')
            .map((service) => STANDARD_SERVICES[service as keyof typeof STANDARD_SERVICES]),
        ),
      );
      const known = place.structureTypes.filter((code) => v0Typologies.has(code));
      expect(read.typologies).toEqual(known.length ? known : undefined);
    }
    // The library of the v0.1 generation reads the same file the same way.
    expect(JSON.parse(JSON.stringify(fromSchemaV0(body)))).toEqual(JSON.parse(JSON.stringify(parsed)));
  });

  it("reads the whole national directory: not one of its places fails the component's parser", async () => {
    const { body } = await getJson(exportUrl('json', { version: '0.1' }));
    const parse = cartographieParser();
    const refused = (body as { id: string }[]).flatMap((record) => {
      try {
        parse(record);
        return [];
      } catch (error) {
        return [`${record.id}: ${(error as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
    expect(body.length).toBeGreaterThan(2000);
  });

  it("what 5.22 could not read: the v1.0.2 export, whose lists are not v0.1's text, fails the component's parser", async () => {
    const { body } = await getJson(exportUrl('json', { portal: 'landes' }));
    const parse = cartographieParser();
    expect(() => parse(body[0])).toThrow();
  });

  it("names its portal by its key too, in the header, and gets the portal's scope", async () => {
    const key = createdKey(await runPortalCli(platform.gatewayDatabaseUrl, 'create-key', 'landes'));
    const url = exportUrl('json', { version: '0.1' });
    for (let tries = 0; ; tries++) {
      const { response, body } = await getJson(url, { 'x-portal-key': key.key });
      if (response.status === 200) {
        expect(body.every((record: { code_postal: string }) => record.code_postal.startsWith('40'))).toBe(
          true,
        );
        break;
      }
      if (tries > 60) throw new Error(`the gateway never knew the key: ${response.status}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });

  it('is scoped like the GraphQL scope: the portal is the default, a named territory replaces it', async () => {
    const ids = async (parameters: Record<string, string>) =>
      ((await getJson(exportUrl('json', parameters))).body as { id: string }[])
        .map((record) => record.id)
        .sort();
    const landes = (await landesPlaces()).map((place) => place.externalId).sort();
    expect(await ids({ portal: 'landes' })).toEqual(landes);
    const gironde = await platform.prisma.directory.place.findMany({
      where: { departmentCode: '33', archivedAt: null },
    });
    expect(
      await ids({
        portal: 'landes',
        filter: JSON.stringify({ territory: { kind: 'DEPARTMENT', code: '33' } }),
      }),
    ).toEqual(gironde.map((place) => place.externalId).sort());
    const withService = (await landesPlaces()).filter((place) =>
      place.services.includes('ADMINISTRATIVE_PROCEDURES'),
    );
    expect(
      await ids({ portal: 'landes', filter: JSON.stringify({ services: ['ADMINISTRATIVE_PROCEDURES'] }) }),
    ).toEqual(withService.map((place) => place.externalId).sort());
    // No portal: the national directory.
    expect((await ids({})).length).toBe(
      await platform.prisma.directory.place.count({ where: { archivedAt: null } }),
    );
  });
});

describe('the v1.0.2 export through the gateway', () => {
  it('is read whole by the standard library (lieux-de-mediation-numerique 2.x), in CSV-shaped cells', async () => {
    const { body } = await getJson(exportUrl('json', { portal: 'landes' }));
    const places = await landesPlaces();
    expect(body.map((record: { id: string }) => record.id)).toEqual(places.map((place) => place.externalId));
    for (const [index, record] of (body as Record<string, unknown>[]).entries()) {
      // The library reads the standard's cells: lists joined with `|`, absent values left out.
      const cells = Object.fromEntries(
        Object.entries(record)
          .map(([column, value]) => [column, Array.isArray(value) ? value.join('|') : value] as const)
          .filter(([, value]) => value !== null && value !== ''),
      );
      // The one label where they differ: the export writes the standard's published pattern,
      // the library (2.3.0) writes a space before the parenthesis and refuses the pattern's spelling.
      if (typeof cells.formations_labels === 'string') {
        cells.formations_labels = cells.formations_labels.replace(
          'Étapes numériques(La Poste)',
          'Étapes numériques (La Poste)',
        );
      }
      const read = fromSchemaLieuDeMediationNumerique(cells as never);
      const place = places[index] as (typeof places)[number];
      expect(read.nom).toBe(place.name);
      expect(read.localisation).toEqual(
        place.latitude === null ? undefined : { latitude: place.latitude, longitude: place.longitude },
      );
      expect(read.services?.map(String)).toEqual(
        place.services.map((service) => STANDARD_SERVICES[service as keyof typeof STANDARD_SERVICES]),
      );
    }
  });

  it('streams, compressed when the client accepts it, CSV and GeoJSON alike', async () => {
    const csv = await fetch(exportUrl('csv', { portal: 'landes' }), {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-encoding')).toBe('gzip');
    expect(csv.headers.get('content-length')).toBeNull();
    // fetch has decompressed it.
    const text = await csv.text();
    expect(text.trimEnd().split('\n')).toHaveLength((await landesPlaces()).length + 1);
    const geojson = await getJson(exportUrl('geojson', { version: '0.1', portal: 'landes' }));
    expect(geojson.response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    expect(geojson.body.features[0].properties.services).toEqual(expect.any(String));
  });
});

describe('refusals, each with a stable code', () => {
  it.each([
    ['a version the directory does not write', 'json', { version: '2' }, {}, 400, 'BAD_USER_INPUT'],
    ['a format it does not write', 'xml', {}, {}, 404, 'NOT_FOUND'],
    ['a filter that is not JSON', 'json', { filter: '{territory' }, {}, 400, 'BAD_USER_INPUT'],
    [
      'a filter naming an unknown value',
      'json',
      { filter: '{"services":["COOKING"]}' },
      {},
      400,
      'BAD_USER_INPUT',
    ],
    ['an unknown portal', 'json', { portal: 'atlantis' }, {}, 400, 'UNKNOWN_PORTAL'],
    ['a wrong key', 'json', {}, { 'x-portal-key': 'pk_wrong' }, 401, 'UNAUTHENTICATED'],
    [
      "another site's page",
      'json',
      { portal: 'landes' },
      { origin: 'https://evil.example' },
      403,
      'ORIGIN_NOT_ALLOWED',
    ],
    ['a page that names no portal', 'json', {}, { origin: PAGE }, 403, 'ORIGIN_NOT_ALLOWED'],
  ])('%s', async (_case, format, parameters, headers, status, code) => {
    const { response, body } = await getJson(exportUrl(format, parameters), headers);
    expect({ status: response.status, code: body.errors[0].extensions.code }).toEqual({ status, code });
  });

  it('answers the preflight of a page sending the portal key', async () => {
    const response = await fetch(exportUrl('json', {}), {
      method: 'OPTIONS',
      headers: {
        origin: PAGE,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-portal-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/x-portal-key/);
  });

  it('counts exports against the rate limit of the caller, as GraphQL requests', async () => {
    let limited: RunningServer | undefined;
    try {
      limited = await startGateway(
        gatewayOptionsForTest(platform.subgraphUrls, platform.gatewayDatabaseUrl, {
          RATE_LIMIT_PUBLIC_PER_MINUTE: '2',
        }),
      );
      const url = `${limited.url.replace(/\/graphql$/, '')}/export/places.json?portal=landes&version=0.1`;
      const statuses: number[] = [];
      const retryAfter: (string | null)[] = [];
      for (let request = 0; request < 3; request++) {
        const response = await fetch(url);
        await response.body?.cancel();
        statuses.push(response.status);
        retryAfter.push(response.headers.get('retry-after'));
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(Number(retryAfter[2])).toBeGreaterThan(0);
    } finally {
      await limited?.stop();
    }
  });
});
