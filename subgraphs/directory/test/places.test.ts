import { loadTerritoryReferential } from '@passerelle/contracts/territories';
import { seedDemoPlaces } from '../src/seed/demo-places';
import { vocabulary } from '../src/standard/vocabulary';
import { type DirectoryUnderTest, startDirectory } from './support/directory-server';

let directory: DirectoryUnderTest;

beforeAll(async () => {
  directory = await startDirectory('directory_places');
});

afterAll(async () => {
  await directory?.stop();
});

const query = (text: string, variables?: Record<string, unknown>) => directory.query(text, variables);

describe('demo data', () => {
  it('puts at least 2,000 places in every département, in real communes', async () => {
    expect(await directory.prisma.place.count()).toBeGreaterThanOrEqual(2000);
    const perDepartment = await directory.prisma.place.groupBy({ by: ['departmentCode'], _count: true });
    const departments = loadTerritoryReferential().departments.map((department) => department.code);
    expect(perDepartment.map((row) => row.departmentCode).sort()).toEqual([...departments].sort());
    const communes = new Set(loadTerritoryReferential().communes.map((commune) => commune.code));
    const places = await directory.prisma.place.findMany({
      select: { communeCode: true, postalCode: true, departmentCode: true },
    });
    expect(places.every((place) => place.communeCode && communes.has(place.communeCode))).toBe(true);
    expect(
      places.every((place) =>
        place.postalCode.startsWith(place.departmentCode.slice(0, 2).replace(/2[AB]/, '20')),
      ),
    ).toBe(true);
  });

  it('adds nothing when seeded again', async () => {
    const before = await directory.prisma.place.count();
    expect(await seedDemoPlaces(directory.prisma)).toBe(0);
    expect(await directory.prisma.place.count()).toBe(before);
  });
});

describe('places', () => {
  it('returns every field of the standard on a place', async () => {
    const sample = await directory.prisma.place.findFirstOrThrow({
      where: { openingHours: { not: null }, latitude: { not: null } },
      orderBy: { externalId: 'asc' },
    });
    const { data, errors } = await query(
      `query ($id: ID!) { place(id: $id) {
        id dataset externalId pivot name
        address { street complement postalCode communeName communeCode }
        location { latitude longitude }
        commune { code } department { code } region { code }
        structureTypes phone emails website openingHours { osm } summary description source parentOrganization
        updatedOn itinerance services specificPublics specificSupport fees nationalPrograms trainingLabels
        otherTrainingLabels accessModes supportModes accessibilitySheetUrl appointmentUrl
      } }`,
      { id: sample.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.place).toMatchObject({
      id: sample.id,
      externalId: sample.externalId,
      name: sample.name,
      address: { street: sample.address, postalCode: sample.postalCode, communeCode: sample.communeCode },
      location: { latitude: sample.latitude, longitude: sample.longitude },
      commune: { code: sample.communeCode },
      department: { code: sample.departmentCode },
      region: { code: sample.regionCode },
      openingHours: { osm: sample.openingHours },
      updatedOn: sample.updatedOn.toISOString().slice(0, 10),
      services: sample.services,
      fees: sample.fees,
    });
  });

  it('lists the places of a département by name, with a total count and cursors', async () => {
    const expected = await directory.prisma.place.findMany({
      where: { departmentCode: '40' },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const page = (after?: string) =>
      query(
        `query ($after: String) { places(filter: { territory: { kind: DEPARTMENT, code: "40" } }, first: 5, after: $after) {
          totalCount edges { node { id name } } pageInfo { hasNextPage endCursor }
        } }`,
        { after },
      );
    const first = await page();
    expect(first.data?.places.totalCount).toBe(expected.length);
    expect(first.data?.places.edges.map((edge: any) => edge.node.id)).toEqual(
      expected.slice(0, 5).map((place) => place.id),
    );
    const second = await page(first.data?.places.pageInfo.endCursor);
    expect(second.data?.places.edges.map((edge: any) => edge.node.id)).toEqual(
      expected.slice(5, 10).map((place) => place.id),
    );
  });

  it('filters by région and by commune', async () => {
    const { data } = await query(`{
      region: places(filter: { territory: { kind: REGION, code: "75" } }, first: 1) { totalCount }
      commune: places(filter: { territory: { kind: COMMUNE, code: "40192" } }, first: 1) { totalCount }
    }`);
    expect(data?.region.totalCount).toBe(await directory.prisma.place.count({ where: { regionCode: '75' } }));
    expect(data?.commune.totalCount).toBe(
      await directory.prisma.place.count({ where: { communeCode: '40192' } }),
    );
  });

  it('answers BAD_USER_INPUT or NOT_FOUND, never a server error, for bad arguments', async () => {
    const cases: [string, string][] = [
      ['{ place(id: "12") { id } }', 'BAD_USER_INPUT'],
      ['{ place(id: "00000000-0000-4000-8000-000000000000") { id } }', 'NOT_FOUND'],
      ['{ places(filter: { territory: { kind: DEPARTMENT, code: "96" } }) { totalCount } }', 'NOT_FOUND'],
      ['{ places(filter: { territory: { kind: DEPARTMENT, code: "4" } }) { totalCount } }', 'BAD_USER_INPUT'],
      ['{ places(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
      ['{ places(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
      ['{ places(first: 1, after: "garbage") { totalCount } }', 'BAD_USER_INPUT'],
    ];
    for (const [text, code] of cases) {
      const response = await query(text);
      expect({ text, code: response.errors?.[0]?.extensions?.code }).toEqual({ text, code });
      expect(response.status).toBeLessThan(500);
    }
  });

  it('adds places to the territories owned by the governance subgraph', async () => {
    const { data, errors } = await query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Department { code places(first: 2) { totalCount edges { node { name } } } }
        ... on Commune { code places(first: 1) { totalCount } }
      } }`,
      {
        representations: [
          { __typename: 'Department', code: '40' },
          { __typename: 'Commune', code: '40192' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities[0].places.totalCount).toBe(
      await directory.prisma.place.count({ where: { departmentCode: '40' } }),
    );
    expect(data?._entities[0].places.edges).toHaveLength(2);
    expect(data?._entities[1]).toEqual({
      code: '40192',
      places: { totalCount: await directory.prisma.place.count({ where: { communeCode: '40192' } }) },
    });
  });

  it('resolves 100 place references in at most 2 SQL queries', async () => {
    const places = await directory.prisma.place.findMany({
      take: 100,
      select: { id: true, name: true },
      orderBy: { id: 'asc' },
    });
    directory.sqlQueries.length = 0;
    const { data, errors } = await query(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Place { id name } } }',
      { representations: places.map(({ id }) => ({ __typename: 'Place', id })) },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toEqual(places);
    expect(directory.sqlQueries.length).toBeGreaterThan(0);
    expect(directory.sqlQueries.length).toBeLessThanOrEqual(2);
  });
});

describe('vocabulary', () => {
  it("gives every enumerated value with the standard's exact French label", async () => {
    const { data } = await query(
      '{ placeVocabulary { services { value label } trainingLabels { value label } } }',
    );
    expect(data?.placeVocabulary.services).toHaveLength(9);
    expect(data?.placeVocabulary.services[0]).toEqual({
      value: 'ADMINISTRATIVE_PROCEDURES',
      label: 'Aide aux démarches administratives',
    });
    expect(data?.placeVocabulary.trainingLabels).toContainEqual({
      value: 'MON_ESPACE_SANTE',
      label: vocabulary.trainingLabels.values.MON_ESPACE_SANTE,
    });
    expect(vocabulary.trainingLabels.values.MON_ESPACE_SANTE).toBe('Formé à « Mon Espace Santé »');
  });
});
