import { normalizeForSearch } from '@passerelle/platform/validation';
import { isOpenAt } from '../src/opening-hours/opening-hours';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';

let directory: DirectoryUnderTest;

beforeAll(async () => {
  directory = await startDirectory('directory_search');
});

afterAll(async () => {
  await directory?.stop();
});

function haversineKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) *
      Math.cos(radians(b.latitude)) *
      Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

const search = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  directory.query(
    `query ($filter: PlaceFilter, $sort: PlaceSort, $first: Int, $after: String) {
      places(filter: $filter, sort: $sort, first: $first, after: $after) {
        totalCount edges { node { id name distanceKm updatedOn location { latitude longitude } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { filter, first: 100, ...extra },
  );

describe('searching around a point', () => {
  const dax = { latitude: 43.71, longitude: -1.05 };

  it('finds exactly the places within the radius, nearest first, with their distance', async () => {
    const all = await directory.prisma.place.findMany({ where: { latitude: { not: null } } });
    const expected = all
      .map((place) => ({
        id: place.id,
        distance: haversineKm(dax, place as { latitude: number; longitude: number }),
      }))
      .filter((place) => place.distance <= 40)
      .sort((a, b) => a.distance - b.distance);
    expect(expected.length).toBeGreaterThan(3);

    const { data, errors } = await search({ near: { ...dax, radiusKm: 40 } });
    expect(errors).toBeUndefined();
    expect(data?.places.totalCount).toBe(expected.length);
    const nodes = data?.places.edges.map((edge: any) => edge.node);
    expect(nodes.map((node: any) => node.id)).toEqual(expected.slice(0, 100).map((place) => place.id));
    expect(nodes[0].distanceKm).toBeCloseTo(expected[0]?.distance ?? 0, 2);
  });

  it('combines the point with other filters and leaves out places without coordinates', async () => {
    const { data } = await search({
      near: { ...dax, radiusKm: 80 },
      services: ['ADMINISTRATIVE_PROCEDURES'],
      fees: ['FREE'],
    });
    for (const edge of data?.places.edges ?? []) expect(edge.node.location).not.toBeNull();
    const all = await directory.prisma.place.findMany({
      where: {
        latitude: { not: null },
        services: { has: 'ADMINISTRATIVE_PROCEDURES' },
        fees: { has: 'FREE' },
      },
    });
    const expected = all.filter(
      (place) => haversineKm(dax, place as { latitude: number; longitude: number }) <= 80,
    );
    expect(data?.places.totalCount).toBe(expected.length);
  });

  it("searches around a commune's centre as around its coordinates", async () => {
    // Mont-de-Marsan (40192): its centre in the referential's communes-centres.csv.
    const byCommune = await search({ near: { communeCode: '40192', radiusKm: 30 } });
    const byPoint = await search({ near: { latitude: 43.89312, longitude: -0.50094, radiusKm: 30 } });
    expect(byCommune.errors).toBeUndefined();
    expect(byCommune.data?.places.totalCount).toBeGreaterThan(0);
    expect(byCommune.data).toEqual(byPoint.data);
  });

  it('finds the places in a map view', async () => {
    const box = { south: 43.5, west: -1.5, north: 44.2, east: -0.3 };
    const expected = await directory.prisma.place.count({
      where: { latitude: { gte: box.south, lte: box.north }, longitude: { gte: box.west, lte: box.east } },
    });
    const { data } = await search({ boundingBox: box });
    expect(data?.places.totalCount).toBe(expected);
  });

  it('refuses an impossible point, radius or box', async () => {
    for (const filter of [
      { near: { latitude: 95, longitude: 0, radiusKm: 5 } },
      { near: { ...dax, radiusKm: 0 } },
      { near: { ...dax, radiusKm: 500 } },
      { near: { radiusKm: 5 } },
      { near: { ...dax, communeCode: '40192', radiusKm: 5 } },
      { near: { communeCode: '99999', radiusKm: 5 } },
      { boundingBox: { south: 44, west: 0, north: 43, east: 1 } },
    ]) {
      const { errors } = await search(filter);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const { errors } = await search({}, { sort: 'DISTANCE' });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sort' });
  });
});

describe('filters', () => {
  it('treats a list as any of its values and every field as a condition', async () => {
    const expected = await directory.prisma.place.count({
      where: {
        departmentCode: { in: ['40', '64'] },
        nationalPrograms: { hasSome: ['FRANCE_SERVICES', 'AIDANTS_CONNECT'] },
        specificPublics: { has: 'SENIORS' },
      },
    });
    const { data } = await search({
      territories: [
        { kind: 'DEPARTMENT', code: '40' },
        { kind: 'DEPARTMENT', code: '64' },
      ],
      nationalPrograms: ['FRANCE_SERVICES', 'AIDANTS_CONNECT'],
      specificPublics: ['SENIORS'],
    });
    expect(data?.places.totalCount).toBe(expected);
  });

  it('includes the arrondissements of Paris in the commune of Paris', async () => {
    const expected = await directory.prisma.place.count({ where: { departmentCode: '75' } });
    const { data } = await search({ territory: { kind: 'COMMUNE', code: '75056' } });
    expect(data?.places.totalCount).toBe(expected);
  });

  it('finds places without coordinates, stale places, and sorts by freshness', async () => {
    const withoutCoordinates = await directory.prisma.place.count({ where: { latitude: null } });
    expect(withoutCoordinates).toBeGreaterThan(0);
    expect((await search({ hasCoordinates: false })).data?.places.totalCount).toBe(withoutCoordinates);

    const yearAgo = new Date();
    yearAgo.setUTCMonth(yearAgo.getUTCMonth() - 12);
    const stale = await directory.prisma.place.count({
      where: {
        updatedOn: {
          lt: new Date(Date.UTC(yearAgo.getUTCFullYear(), yearAgo.getUTCMonth(), yearAgo.getUTCDate())),
        },
      },
    });
    expect((await search({ stale: true })).data?.places.totalCount).toBe(stale);

    const { data } = await search({ territory: { kind: 'DEPARTMENT', code: '33' } }, { sort: 'FRESHNESS' });
    const dates = data?.places.edges.map((edge: any) => edge.node.updatedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses unknown territories and enum values', async () => {
    expect(
      (await search({ territories: [{ kind: 'REGION', code: '99' }] })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await search({ services: ['COOKING'] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('full-text search', () => {
  it('ignores accents and ranks name matches first', async () => {
    const places = await directory.prisma.place.findMany();
    const words = (text: string | null) => normalizeForSearch(text ?? '').split(' ');
    const expected = places.filter((place) =>
      [place.name, place.communeName, place.summary, place.description].some((text) =>
        words(text).some((word) => word.startsWith('mediatheque')),
      ),
    );
    expect(expected.length).toBeGreaterThan(10);
    const { data } = await search({ text: 'mediatheque' });
    expect(data?.places.totalCount).toBe(expected.length);
    expect(normalizeForSearch(data?.places.edges[0].node.name)).toContain('mediatheque');
  });

  it('searches several words, the commune included', async () => {
    const { data } = await search({ text: 'Médiathèque Mont de Marsan' });
    for (const edge of data?.places.edges ?? []) {
      expect(normalizeForSearch(edge.node.name)).toMatch(/mediatheque|bibliotheque/);
    }
  });
});

describe('opening hours', () => {
  const wednesdayAfternoon = '2026-11-25T15:00:00+01:00';

  it('finds the places open at an instant, public holidays included', async () => {
    const places = await directory.prisma.place.findMany({
      where: { departmentCode: { in: ['40', '67', '974'] } },
    });
    for (const instant of [wednesdayAfternoon, '2026-12-25T10:00:00+01:00']) {
      const expected = places.filter(
        (place) =>
          place.openingHours && isOpenAt(place.openingHours, place.departmentCode, new Date(instant)),
      );
      const { data, errors } = await search({
        territories: [
          { kind: 'DEPARTMENT', code: '40' },
          { kind: 'DEPARTMENT', code: '67' },
          { kind: 'DEPARTMENT', code: '974' },
        ],
        openAt: instant,
      });
      expect(errors).toBeUndefined();
      expect(data?.places.totalCount).toBe(expected.length);
    }
  });

  it('counts public holidays as closed unless the hours say otherwise', async () => {
    const fridayMorning = (day: number) => ({
      territories: [{ kind: 'DEPARTMENT', code: '40' }],
      openAt: `2026-12-${day}T11:00:00+01:00`,
    });
    expect((await search(fridayMorning(18))).data?.places.totalCount).toBeGreaterThan(0);
    // No demo schedule has public-holiday hours: none is open on Christmas Day.
    expect((await search(fridayMorning(25))).data?.places.totalCount).toBe(0);

    const place = await directory.prisma.place.findFirstOrThrow({ where: { departmentCode: '40' } });
    const holidayHours = 'Tu-Sa 10:00-18:00; PH 10:00-12:00';
    await directory.prisma.place.update({ where: { id: place.id }, data: { openingHours: holidayHours } });
    try {
      const { data } = await search(fridayMorning(25));
      expect(data?.places.edges.map((edge: any) => edge.node.id)).toEqual([place.id]);
    } finally {
      await directory.prisma.place.update({
        where: { id: place.id },
        data: { openingHours: place.openingHours },
      });
    }
  });

  it("describes a place's week, whether it is open now and its next change", async () => {
    const place = await directory.prisma.place.findFirstOrThrow({
      where: { openingHours: 'Mo-Fr 09:00-12:00,14:00-17:30' },
    });
    const { data } = await directory.query(
      `query ($id: ID!) { place(id: $id) { openingHours { osm isValid isOpenNow nextChange week { date intervals { opens closes } } } } }`,
      { id: place.id },
    );
    const hours = data?.place.openingHours;
    expect(hours).toMatchObject({
      osm: 'Mo-Fr 09:00-12:00,14:00-17:30',
      isValid: true,
      isOpenNow: expect.any(Boolean),
    });
    expect(hours.week).toHaveLength(7);
    expect(new Date(hours.nextChange).getTime()).toBeGreaterThan(Date.now());
  });

  it('accepts openNow and refuses openAt with openNow', async () => {
    expect((await search({ openNow: true })).errors).toBeUndefined();
    const { errors } = await search({ openNow: true, openAt: wednesdayAfternoon });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('facets', () => {
  it('counts each value and each département for the same filter', async () => {
    const places = await directory.prisma.place.findMany({
      where: { regionCode: '75', fees: { has: 'FREE' } },
    });
    const { data, errors } = await directory.query(
      `{ placeFacets(filter: { territory: { kind: REGION, code: "75" }, fees: [FREE] }) {
        totalCount services { value label count } fees { value count } departments { department { code } count }
      } }`,
    );
    expect(errors).toBeUndefined();
    const facets = data?.placeFacets;
    expect(facets.totalCount).toBe(places.length);
    expect(facets.services).toHaveLength(9);
    for (const facet of facets.services) {
      expect(facet.count).toBe(places.filter((place) => place.services.includes(facet.value)).length);
    }
    expect(facets.services[0]).toMatchObject({
      value: 'ADMINISTRATIVE_PROCEDURES',
      label: 'Aide aux démarches administratives',
    });
    expect(facets.fees.find((fee: any) => fee.value === 'PAID').count).toBe(0);
    const departments = new Map<string, number>();
    for (const place of places)
      departments.set(place.departmentCode, (departments.get(place.departmentCode) ?? 0) + 1);
    expect(facets.departments.map((entry: any) => [entry.department.code, entry.count]).sort()).toEqual(
      [...departments].sort(),
    );
  });

  it('compiles a filter once per request: the places and their facets share it', async () => {
    const page = `{
      places(filter: { territory: { kind: DEPARTMENT, code: "40" }, openNow: true, text: "numérique" }) { totalCount }
      placeFacets(filter: { territory: { kind: DEPARTMENT, code: "40" }, openNow: true, text: "numérique" }) { totalCount }
    }`;
    const openingHoursCandidates = () =>
      directory.sqlQueries.filter((sql) => sql.includes('SELECT DISTINCT opening_hours')).length;
    directory.sqlQueries.length = 0;
    const { data, errors } = await directory.query(page);
    expect(errors).toBeUndefined();
    expect(data?.placeFacets.totalCount).toBe(data?.places.totalCount);
    expect(openingHoursCandidates()).toBe(1);
    // The next request compiles afresh: "now" has moved on.
    await directory.query(page);
    expect(openingHoursCandidates()).toBe(2);
  });
});

describe('quality', () => {
  it('says whether a place is stale and how complete it is', async () => {
    const place = await directory.prisma.place.findFirstOrThrow({
      where: { websites: { isEmpty: true }, latitude: { not: null } },
    });
    const { data } = await directory.query(
      'query ($id: ID!) { place(id: $id) { isStale completeness missingRecommendedFields } }',
      { id: place.id },
    );
    expect(data?.place.missingRecommendedFields).toContain('site_web');
    expect(data?.place.completeness).toBeGreaterThan(0);
    expect(data?.place.completeness).toBeLessThan(1);
    expect(typeof data?.place.isStale).toBe('boolean');
  });
});
