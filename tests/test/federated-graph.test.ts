import { authorizationFor, postGraphQL } from '@passerelle/platform/testing';
import { startTestPlatform, type TestPlatform } from '../src/platform';

let platform: TestPlatform;

beforeAll(async () => {
  // As `npm start` runs them: Apollo adds stack traces to errors by default outside production and tests.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    platform = await startTestPlatform('federated_graph');
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
});

afterAll(async () => {
  await platform?.stop();
});

const query = (text: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  postGraphQL(platform.gatewayUrl, text, variables, headers);

describe('the federated graph through the gateway', () => {
  it('answers a département with its région and its places, each with its commune', async () => {
    const { data, errors } = await query(
      '{ department(code: "40") { name region { name } places(first: 3) { totalCount edges { node { id name commune { name } } } } } }',
    );
    expect(errors).toBeUndefined();
    const expected = await platform.prisma.directory.place.findMany({
      where: { departmentCode: '40' },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 3,
    });
    expect(data?.department).toEqual({
      name: 'Landes',
      region: { name: 'Nouvelle-Aquitaine' },
      places: {
        totalCount: await platform.prisma.directory.place.count({ where: { departmentCode: '40' } }),
        edges: expected.map((place) => ({
          node: { id: place.id, name: place.name, commune: { name: place.communeName } },
        })),
      },
    });
  });

  it('goes from a place to its commune, département and région, and back to places', async () => {
    const place = await platform.prisma.directory.place.findFirstOrThrow({ where: { communeCode: '33063' } });
    const { data, errors } = await query(
      `query ($id: ID!) { place(id: $id) {
        name commune { name department { name region { name } } places(first: 1) { totalCount } }
      } }`,
      { id: place.id },
    );
    expect(errors).toBeUndefined();
    expect(data?.place.commune).toEqual({
      name: 'Bordeaux',
      department: { name: 'Gironde', region: { name: 'Nouvelle-Aquitaine' } },
      places: {
        totalCount: await platform.prisma.directory.place.count({ where: { communeCode: '33063' } }),
      },
    });
  });

  it('passes client errors through with their code, never a 500', async () => {
    const notFound = await query('{ department(code: "96") { name } }');
    expect(notFound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Stack traces stay in the logs: they name the servers' files.
    expect(notFound.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    const badId = await query('{ place(id: "not-an-id") { name } }');
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await query('{ department(code: "40") { places(first: 101) { totalCount } } }');
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await query('{ places(first: -5) { totalCount } }');
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries that are too deep, too costly or too large', async () => {
    const deep = await query(
      '{ commune(code: "40192") { department { region { departments { region { departments { region { departments { region { departments { region { departments { region { name } } } } } } } } } } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');

    const costly = await query(
      '{ regions { departments { communes(first: 100) { edges { node { places(first: 100) { edges { node { name } } } } } } } } }',
    );
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');

    const large = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ regions { name } } # ${'x'.repeat(200_000)}` }),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('gives every response a request id and reports the health of each subgraph', async () => {
    const response = await query('{ regions { code } }', undefined, { 'x-request-id': 'test-request-42' });
    expect(response.headers.get('x-request-id')).toBe('test-request-42');

    for (const probe of ['/readyz', '/health']) {
      const health = await fetch(new URL(probe, platform.gatewayUrl));
      expect([probe, health.status]).toEqual([probe, 200]);
      expect(await health.json()).toEqual({
        service: 'gateway',
        status: 'ok',
        supergraph: 'loaded',
        subgraphs: { governance: 'ok', directory: 'ok', funding: 'ok' },
      });
    }
  });

  it('has each subgraph say it is alive, and ready once its database answers', async () => {
    for (const [name, url] of Object.entries(platform.subgraphUrls)) {
      const alive = await fetch(new URL('/healthz', url));
      expect([name, alive.status, await alive.json()]).toEqual([name, 200, { service: name, status: 'ok' }]);
      const ready = await fetch(new URL('/readyz', url));
      expect([name, ready.status, await ready.json()]).toEqual([name, 200, { service: name, status: 'ok' }]);
    }
  });

  it('counts a département page in /metrics, by operation and subgraph', async () => {
    const page = await query(
      'query DepartmentPage { department(code: "40") { name places(first: 1) { totalCount } } }',
    );
    expect(page.errors).toBeUndefined();
    const text = await (await fetch(new URL('/metrics', platform.gatewayUrl))).text();
    expect(text).toMatch(
      /^passerelle_gateway_requests_total\{operation="DepartmentPage",portal="national",status="200"\} 1$/m,
    );
    for (const subgraph of ['governance', 'directory']) {
      expect(text).toMatch(
        new RegExp(
          `^passerelle_gateway_subgraph_fetch_duration_seconds_count\\{subgraph="${subgraph}",outcome="ok"\\} [1-9]`,
          'm',
        ),
      );
    }
  });
});

describe('the directory through the gateway', () => {
  it('searches around a point with filters, and counts facets with their départements named by governance', async () => {
    const { data, errors } = await query(`{
      places(filter: { near: { latitude: 43.7, longitude: -1.05, radiusKm: 60 }, services: [ADMINISTRATIVE_PROCEDURES] }, first: 3) {
        totalCount edges { node { name distanceKm commune { name department { name } } } }
      }
      placeFacets(filter: { territory: { kind: REGION, code: "75" } }) {
        totalCount fees { value label count } departments { department { code name } count }
      }
    }`);
    expect(errors).toBeUndefined();
    const distances = data?.places.edges.map((edge: any) => edge.node.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(data?.places.edges[0].node.commune.department.name).toEqual(expect.any(String));
    const facets = data?.placeFacets;
    expect(facets.totalCount).toBe(
      await platform.prisma.directory.place.count({ where: { regionCode: '75' } }),
    );
    expect(facets.departments.find((entry: any) => entry.department.code === '40').department.name).toBe(
      'Landes',
    );
  });

  it("filters a département's places from the département itself", async () => {
    const { data } = await query(
      '{ department(code: "40") { places(filter: { fees: [FREE] }, sort: FRESHNESS, first: 2) { totalCount } } }',
    );
    expect(data?.department.places.totalCount).toBe(
      await platform.prisma.directory.place.count({ where: { departmentCode: '40', fees: { has: 'FREE' } } }),
    );
  });

  it("forwards the caller's token to the subgraph that checks it", async () => {
    const mutation = `mutation { createPlace(source: "gateway-test", input: {
      pivot: "21400192600019", name: "Espace numérique", address: { street: "1 rue", postalCode: "40100", communeName: "Dax" }
    }) { id commune { name } } }`;
    expect((await query(mutation)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data, errors } = await query(
      mutation,
      undefined,
      await authorizationFor([{ role: 'data-manager', department: '40' }]),
    );
    expect(errors).toBeUndefined();
    expect(data?.createPlace.commune.name).toBe('Dax');
  });
});
