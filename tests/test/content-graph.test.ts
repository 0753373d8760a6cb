import { startGateway } from '@passerelle/gateway';
import { postGraphQL } from '@passerelle/platform/testing';
import { gatewayOptionsForTest, startTestPlatform, type TestPlatform } from '../src/platform';

let platform: TestPlatform;
const GUIDE = 'api::guide.guide';

const gateway = (query: string, variables?: Record<string, unknown>) =>
  postGraphQL(platform.gatewayUrl, query, variables);

async function within5Seconds(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 5000) throw new Error('not visible within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  platform = await startTestPlatform('content_graph', { withContent: true });
}, 180_000);

afterAll(async () => {
  await platform?.stop();
});

describe("the CMS's content in the graph", () => {
  it('gives a département page its guides, practices and events beside its places and programmes', async () => {
    const { data, errors } = await gateway(`{
      department(code: "40") {
        name
        places(first: 1) { totalCount }
        fundingPrograms(first: 1) { totalCount }
        guides(filter: { includeNational: false }, first: 20) { totalCount edges { node { title scope { regions { name } departments { name } communes { name } } } } }
        practices(first: 5) { totalCount edges { node { title places { name commune { name department { code } } } } } }
        events(first: 5) { totalCount edges { node { title startsAt place { name } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const department = data?.department;
    expect(department.name).toBe('Landes');
    expect(department.places.totalCount).toBeGreaterThan(0);
    expect(department.fundingPrograms.totalCount).toBeGreaterThan(0);
    // The région's guides show on its départements' pages, with names from the governance subgraph.
    const scopes = department.guides.edges.map(
      ({ node }: { node: { scope: { regions: { name: string }[] } } }) => node.scope,
    );
    expect(
      scopes.some((scope: { regions: { name: string }[] }) =>
        scope.regions.some((region) => region.name === 'Nouvelle-Aquitaine'),
      ),
    ).toBe(true);
    expect(department.practices.totalCount).toBeGreaterThan(0);
    const places = department.practices.edges.flatMap(
      ({ node }: { node: { places: unknown[] } }) => node.places,
    );
    expect(places.length).toBeGreaterThan(0);
    for (const place of places)
      expect(place).toMatchObject({ name: expect.any(String), commune: { department: { code: '40' } } });
    expect(
      department.events.edges.some(
        ({ node }: { node: { place: { name: string } | null } }) => node.place?.name,
      ),
    ).toBe(true);
  });

  it('links guides and programmes both ways, and places to the practices there', async () => {
    const guides = await gateway(
      `{ guides(first: 100) { edges { node { id title fundingPrograms { id name funder { name } } places { id name } } } } }`,
    );
    expect(guides.errors).toBeUndefined();
    const nodes = guides.data?.guides.edges.map(({ node }: { node: unknown }) => node) as {
      id: string;
      title: string;
      fundingPrograms: { id: string; name: string; funder: { name: string } }[];
    }[];
    const funded = nodes.find((guide) => guide.fundingPrograms.length > 0);
    expect(funded?.fundingPrograms[0]).toMatchObject({
      name: expect.any(String),
      funder: { name: expect.any(String) },
    });

    const program = await gateway(
      'query ($id: ID!) { fundingProgram(id: $id) { name guides { id title } } }',
      {
        id: funded?.fundingPrograms[0]?.id,
      },
    );
    expect(program.errors).toBeUndefined();
    expect(program.data?.fundingProgram.guides.map((guide: { id: string }) => guide.id)).toContain(
      funded?.id,
    );

    const practices = await gateway('{ practices(first: 100) { edges { node { id places { id } } } } }');
    const practice = practices.data?.practices.edges
      .map(({ node }: { node: { id: string; places: { id: string }[] } }) => node)
      .find((node: { places: unknown[] }) => node.places.length > 0);
    const place = await gateway('query ($id: ID!) { place(id: $id) { name practices { id } } }', {
      id: practice.places[0].id,
    });
    expect(place.errors).toBeUndefined();
    expect(place.data?.place.practices.map((item: { id: string }) => item.id)).toContain(practice.id);
  });

  it('shows a publication in Strapi through the gateway within 5 seconds, and its withdrawal', async () => {
    const cms = platform.content?.cms;
    if (!cms) throw new Error('started without content');
    const seen = async () =>
      Boolean(
        (
          await gateway('{ department(code: "40") { guides(first: 100) { edges { node { slug } } } } }')
        ).data?.department.guides.edges.some(
          ({ node }: { node: { slug: string } }) => node.slug === 'nouveau-guide-landais',
        ),
      );
    expect(await seen()).toBe(false);
    const id = await cms.admin.createDraft(GUIDE, {
      title: 'Nouveau guide landais',
      slug: 'nouveau-guide-landais',
      summary: 'Publié pendant le test.',
      body: 'Corps du guide.',
      audiences: ['CITIZENS'],
      themes: ['DIGITAL_BASICS'],
      national: false,
      territories: [{ kind: 'DEPARTMENT', code: '40' }],
    });
    await cms.admin.publish(GUIDE, id);
    expect(await within5Seconds(seen)).toBeLessThan(5000);
    await cms.admin.unpublish(GUIDE, id);
    expect(await within5Seconds(async () => !(await seen()))).toBeLessThan(5000);
  });
});

describe('when Strapi stops', () => {
  const PAGE =
    '{ department(code: "40") { name places(first: 1) { totalCount } guides(first: 3) { totalCount } } }';
  let before: Awaited<ReturnType<typeof gateway>>;

  beforeAll(async () => {
    before = await gateway(PAGE);
    const cms = platform.content?.cms;
    await cms?.stop();
    // An edit arrives just before it stops: the subgraph must read Strapi again and cannot.
    await fetch(new URL('/webhooks/cms', platform.content?.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms?.webhookSecret}` },
      body: JSON.stringify({ event: 'entry.update', uid: GUIDE }),
    });
  });

  it('serves the last content it read and says so in the response extensions', async () => {
    const after = await gateway(PAGE);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(after.extensions?.content).toMatchObject({
      stale: true,
      types: expect.arrayContaining(['Guide']),
    });
  });

  it('answers the rest of the graph when it has no content to serve', async () => {
    const cold = await platform.content?.startAnother();
    const coldGateway = await startGateway(
      gatewayOptionsForTest(
        { ...platform.subgraphUrls, content: cold?.url as string },
        platform.gatewayDatabaseUrl,
      ),
    );
    try {
      const response = await postGraphQL(coldGateway.url, PAGE);
      expect(response.data?.department).toMatchObject({
        name: 'Landes',
        places: { totalCount: expect.any(Number) },
        guides: null,
      });
      expect(response.errors?.[0]).toMatchObject({
        path: ['department', 'guides'],
        extensions: { code: 'UNAVAILABLE' },
      });
    } finally {
      await coldGateway.stop();
      await cold?.stop();
    }
  });
});
