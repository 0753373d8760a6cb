import { type SubgraphUnderTest, startSubgraphForTest } from '@passerelle/platform/testing';
import type { PrismaClient } from '../src/database';
import { subgraph } from '../src/subgraph';

let governance: SubgraphUnderTest<PrismaClient>;

beforeAll(async () => {
  governance = await startSubgraphForTest(subgraph, { label: 'governance_territories', seed: false });
});

afterAll(async () => {
  await governance?.stop();
});

const query = (text: string, variables?: Record<string, unknown>) => governance.query(text, variables);

describe('territorial referential', () => {
  it('loads every région, département and commune of the INSEE files', async () => {
    // 18 régions plus Saint-Martin, which the referential lists as its own région "00".
    expect(await governance.prisma.region.count()).toBe(19);
    expect(await governance.prisma.department.count()).toBe(102);
    // communes.csv lists former names under the current name's code: one row per distinct code, plus
    // Saint-Martin (97801), whose commune the file omits and Etalab supplies.
    expect(await governance.prisma.commune.count()).toBe(36_994);
    const valserhone = await governance.prisma.commune.findUniqueOrThrow({ where: { code: '01033' } });
    expect(valserhone).toMatchObject({ name: 'Valserhône', formerNames: ['Bellegarde-sur-Valserine'] });
  });

  it('does not reload unchanged files on the next start', async () => {
    const before = await governance.prisma.referentialVersion.findUniqueOrThrow({
      where: { name: 'territories' },
    });
    await (await subgraph.prepare(governance.database.url, 'test database')).$disconnect();
    const after = await governance.prisma.referentialVersion.findUniqueOrThrow({
      where: { name: 'territories' },
    });
    expect(after.loadedAt).toEqual(before.loadedAt);
  });
});

describe('lookups by code', () => {
  it('links a commune to its département and région, and back', async () => {
    const { data, errors } = await query(`{
      commune(code: "40192") { name kind postalCodes department { code name } region { name } }
      department(code: "40") { name region { code name } communes(first: 2) { totalCount edges { node { code } } } }
      region(code: "75") { name departments { code } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.commune).toEqual({
      name: 'Mont-de-Marsan',
      kind: 'COMMUNE',
      postalCodes: ['40000'],
      department: { code: '40', name: 'Landes' },
      region: { name: 'Nouvelle-Aquitaine' },
    });
    expect(data?.department.region).toEqual({ code: '75', name: 'Nouvelle-Aquitaine' });
    expect(data?.department.communes.totalCount).toBeGreaterThan(300);
    expect(data?.department.communes.edges.map((edge: any) => edge.node.code)).toEqual(['40001', '40002']);
    expect(data?.region.departments.map((department: any) => department.code)).toContain('40');
  });

  it("gives each commune its centre, from the referential's centres", async () => {
    const { data, errors } = await query(`{
      montDeMarsan: commune(code: "40192") { latitude longitude }
      ajaccio: commune(code: "2A004") { latitude longitude }
      department(code: "40") { communes(first: 100) { edges { node { latitude longitude } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.montDeMarsan).toEqual({ latitude: 43.89312, longitude: -0.50094 });
    expect(data?.ajaccio).toEqual({ latitude: 41.92274, longitude: 8.70583 });
    // Communes merged away (Arjuzanx into Morcenx-la-Nouvelle…) have none; the others lie in the Landes.
    const centres = (data?.department.communes.edges ?? []).filter(({ node }: any) => node.latitude !== null);
    expect(centres.length).toBeGreaterThan(95);
    for (const { node } of centres) {
      expect(node.latitude).toBeGreaterThan(43.4);
      expect(node.latitude).toBeLessThan(44.6);
      expect(node.longitude).toBeGreaterThan(-1.6);
      expect(node.longitude).toBeLessThan(0.2);
    }
  });

  it('tells a région from the département with the same code', async () => {
    const { data } = await query('{ region(code: "84") { name } department(code: "84") { name } }');
    expect(data).toEqual({ region: { name: 'Auvergne-Rhône-Alpes' }, department: { name: 'Vaucluse' } });
  });

  it('answers Corsica and overseas codes', async () => {
    const { data } = await query(
      '{ a: department(code: "2A") { name } b: department(code: "974") { name } c: commune(code: "2B033") { name department { code } } }',
    );
    expect(data).toEqual({
      a: { name: 'Corse-du-Sud' },
      b: { name: 'La Réunion' },
      c: { name: 'Bastia', department: { code: '2B' } },
    });
  });

  it('answers NOT_FOUND for a well-formed unknown code and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await query('{ department(code: "96") { name } }');
    expect(unknown.status).toBe(200);
    expect(unknown.data).toEqual({ department: null });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const malformed = await query('{ commune(code: "4019") { name } }');
    expect(malformed.status).toBe(200);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });
});

describe('territory search', () => {
  const search = (variables: Record<string, unknown>) =>
    query(
      `query Search($search: String, $kinds: [TerritoryKind!], $first: Int, $after: String) {
        territories(search: $search, kinds: $kinds, first: $first, after: $after) {
          totalCount
          edges { cursor node { __typename code name kind } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      variables,
    );

  it('ignores accents, case and hyphens', async () => {
    const { data } = await search({ search: 'ile de france', first: 3 });
    expect(data?.territories.edges[0].node).toEqual({
      __typename: 'Region',
      code: '11',
      name: 'Île-de-France',
      kind: 'REGION',
    });
  });

  it('ranks the exact name first and keeps kinds apart', async () => {
    const { data } = await search({ search: 'landes', first: 5 });
    expect(data?.territories.edges[0].node).toMatchObject({ __typename: 'Department', code: '40' });
    const communesOnly = await search({ search: 'saint etienne', kinds: ['COMMUNE'], first: 1 });
    expect(communesOnly.data?.territories.edges[0].node).toMatchObject({
      __typename: 'Commune',
      name: 'Saint-Étienne',
    });
  });

  it('finds a commune by a former name, its INSEE code or its postal code', async () => {
    const former = await search({ search: 'bellegarde sur valserine', kinds: ['COMMUNE'], first: 1 });
    expect(former.data?.territories.edges[0].node.name).toBe('Valserhône');
    const byPostalCode = await search({ search: '40000', first: 1 });
    expect(byPostalCode.data?.territories.edges[0].node.name).toBe('Mont-de-Marsan');
  });

  it('pages with cursors and a total count', async () => {
    const first = await search({ search: 'saint', kinds: ['COMMUNE'], first: 10 });
    const total = first.data?.territories.totalCount;
    expect(total).toBeGreaterThan(1000);
    const next = await search({
      search: 'saint',
      kinds: ['COMMUNE'],
      first: 10,
      after: first.data?.territories.pageInfo.endCursor,
    });
    expect(next.data?.territories.totalCount).toBe(total);
    const firstCodes = first.data?.territories.edges.map((edge: any) => edge.node.code);
    const nextCodes = next.data?.territories.edges.map((edge: any) => edge.node.code);
    expect(nextCodes).toHaveLength(10);
    expect(nextCodes.filter((code: string) => firstCodes.includes(code))).toEqual([]);
  });

  it('refuses page sizes over 100 or negative, and foreign cursors', async () => {
    for (const first of [101, -1]) {
      const response = await search({ search: 'saint', first });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(response.status).toBe(400);
    }
    const badCursor = await search({ search: 'saint', first: 1, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('federation', () => {
  it('resolves 100 entity references in at most 2 SQL queries', async () => {
    const communes = await governance.prisma.commune.findMany({
      take: 100,
      orderBy: { code: 'asc' },
      select: { code: true },
    });
    const representations = communes.map(({ code }) => ({ __typename: 'Commune', code }));
    governance.sqlQueries.length = 0;
    const { data, errors } = await query(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Commune { code name } } }',
      { representations },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(100);
    expect(data?._entities[99]).toEqual({ code: communes[99]?.code, name: expect.any(String) });
    expect(governance.sqlQueries.length).toBeGreaterThan(0);
    expect(governance.sqlQueries.length).toBeLessThanOrEqual(2);
  });
});
