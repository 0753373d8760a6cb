import { authorizationFor, type GraphQLResponse, postToSubgraph } from '@passerelle/platform/testing';
import type { RunningContentServer } from '../src/server';
import { type ContentUnderTest, startContentForTest } from '../src/testing';
import { type StallingProxy, startStallingProxy } from './support/stalling-proxy';

let platform: ContentUnderTest;
const GUIDE = 'api::guide.guide';

const query = (text: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
  postToSubgraph(platform.server.url, text, variables, headers);

const slugsOf = (connection: { edges: { node: { slug: string } }[] }) =>
  connection.edges.map((edge) => edge.node.slug).sort();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<Value>(read: () => Promise<Value | undefined>, timeoutMs = 5000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await read()) !== undefined) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`not seen within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** What Strapi's webhook sends a content subgraph when a document changed, signed. */
const announceChange = (serverUrl: string, uid: string) =>
  fetch(new URL('/webhooks/cms', serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.cms.webhookSecret}` },
    body: JSON.stringify({ event: 'entry.update', uid }),
  });

beforeAll(async () => {
  platform = await startContentForTest('content');
}, 240_000);

afterAll(() => platform?.stop());

describe('guides', () => {
  const GUIDES = `query ($filter: GuideFilter, $first: Int, $after: String) {
    guides(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { slug title audiences scope { national regions { code } departments { code } communes { code } } portals { slug } } }
    }
  }`;

  it('shows, for a commune, the guides of its département and région and its own', async () => {
    const { data, errors } = await query(GUIDES, {
      filter: { territory: { kind: 'COMMUNE', code: '40192' }, includeNational: false },
      first: 50,
    });
    expect(errors).toBeUndefined();
    expect(slugsOf(data?.guides)).toEqual(
      [
        'aller-vers-les-publics-en-zone-rurale',
        'faire-ses-demarches-dans-une-france-services-des-landes',
        'mont-de-marsan-parcours-numerique-seniors',
        'pass-numerique-nouvelle-aquitaine',
        'rechercher-un-emploi-en-ligne-dans-les-landes',
        'rejoindre-le-reseau-regional-de-mediation-numerique',
        'trouver-un-conseiller-numerique-dans-les-landes',
      ].sort(),
    );
  });

  it('adds national guides unless asked not to, and shows a région the guides of its communes', async () => {
    const national = await query(GUIDES, { filter: { territory: { kind: 'COMMUNE', code: '40192' } } });
    expect(national.data?.guides.totalCount).toBe(7 + 11);
    const region = await query(GUIDES, {
      filter: { territory: { kind: 'REGION', code: '75' }, includeNational: false },
      first: 50,
    });
    expect(slugsOf(region.data?.guides)).toContain('bordeaux-ateliers-numeriques-des-bibliotheques');
    expect(slugsOf(region.data?.guides)).not.toContain('la-reunion-se-faire-accompagner-pour-ses-demarches');
  });

  it('filters by audience, portal and words (accents ignored), any-of within a field', async () => {
    const officials = await query(GUIDES, { filter: { audiences: ['ELECTED_OFFICIALS'] }, first: 50 });
    expect(officials.data?.guides.totalCount).toBeGreaterThan(0);
    for (const { node } of officials.data?.guides.edges ?? [])
      expect(node.audiences).toContain('ELECTED_OFFICIALS');

    const landes = await query(GUIDES, { filter: { portal: 'landes' }, first: 50 });
    expect(landes.data?.guides.totalCount).toBeGreaterThan(5);
    for (const { node } of landes.data?.guides.edges ?? []) {
      expect(node.portals.map((portal: { slug: string }) => portal.slug)).toContain('landes');
    }

    const words = await query(GUIDES, { filter: { text: 'DEMARCHES france services' } });
    expect(slugsOf(words.data?.guides)).toContain('faire-ses-demarches-dans-une-france-services-des-landes');
    expect(
      words.data?.guides.edges.every(({ node }: { node: { title: string } }) => node.title.length > 0),
    ).toBe(true);
  });

  it('pages with cursors and counts the whole list', async () => {
    const first = await query(GUIDES, { first: 5 });
    expect(first.data?.guides.edges).toHaveLength(5);
    expect(first.data?.guides.totalCount).toBe(22);
    const next = await query(GUIDES, { first: 5, after: first.data?.guides.pageInfo.endCursor });
    const seen = new Set([...slugsOf(first.data?.guides), ...slugsOf(next.data?.guides)]);
    expect(seen.size).toBe(10);
  });

  it('finds one by slug or id, and says NOT_FOUND or BAD_USER_INPUT otherwise', async () => {
    const bySlug = await query(
      '{ guideBySlug(slug: "utiliser-aidants-connect") { id title readingTimeMinutes fundingPrograms { id } } }',
    );
    const guide = bySlug.data?.guideBySlug;
    expect(guide.readingTimeMinutes).toBeGreaterThan(0);
    const byId = await query('query ($id: ID!) { guide(id: $id) { slug } }', { id: guide.id });
    expect(byId.data?.guide.slug).toBe('utiliser-aidants-connect');

    const missing = await query('{ guideBySlug(slug: "nulle-part") { id } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await query('{ guide(id: "../admin") { id } }');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownPortal = await query('{ guides(filter: { portal: "atlantide" }) { totalCount } }');
    expect(unknownPortal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooMany = await query('{ guides(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownTerritory = await query(
      '{ guides(filter: { territory: { kind: DEPARTMENT, code: "99" } }) { totalCount } }',
    );
    expect(unknownTerritory.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('practices, events, resources and portals', () => {
  it('lists the practices of a département, the events to come in order, resources by kind', async () => {
    const { data, errors } = await query(`{
      practices(filter: { territory: { kind: DEPARTMENT, code: "40" } }, first: 50) { totalCount edges { node { slug scope { departments { code } communes { code } regions { code } } } } }
      events(first: 50) { totalCount edges { node { startsAt endsAt online } } }
      resources(filter: { kinds: [DIAGNOSTIC_TOOL] }) { totalCount edges { node { kind link } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.practices.totalCount).toBeGreaterThanOrEqual(4);
    const starts = data?.events.edges.map(({ node }: { node: { startsAt: string } }) =>
      Date.parse(node.startsAt),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBeGreaterThan(Date.now() - 86_400_000);
    expect(
      data?.resources.edges.every(({ node }: { node: { kind: string } }) => node.kind === 'DIAGNOSTIC_TOOL'),
    ).toBe(true);
  });

  it('gives a portal its look, featured content and pages in order', async () => {
    const { data, errors } = await query(`{
      portalBySlug(slug: "landes") {
        name colours { primary } navigation { label url }
        scope { departments { code } }
        featuredGuides { slug } featuredPractices { slug }
        pages { slug position }
        guides(first: 1) { totalCount }
      }
    }`);
    expect(errors).toBeUndefined();
    const portal = data?.portalBySlug;
    expect(portal.colours.primary).toMatch(/^#[0-9a-f]{6}$/i);
    expect(portal.scope.departments).toEqual([{ code: '40' }]);
    expect(portal.featuredGuides.length).toBeGreaterThanOrEqual(3);
    expect(portal.featuredPractices.length).toBeGreaterThanOrEqual(2);
    const positions = portal.pages.map((page: { position: number }) => page.position);
    expect(positions).toEqual([...positions].sort((a: number, b: number) => a - b));
    expect(portal.guides.totalCount).toBeGreaterThan(portal.featuredGuides.length);
  });
});

describe('reading the CMS', () => {
  let cold: RunningContentServer;
  beforeEach(async () => {
    cold = await platform.startAnother();
  });
  afterEach(() => cold.stop());

  it('reads each type once per request, however many entities and fields ask for it', async () => {
    const ids = await query(
      '{ guides(first: 100) { edges { node { id } } } practices(first: 100) { edges { node { id } } } }',
    );
    const representations = [
      ...(ids.data?.guides.edges ?? []).map(({ node }: { node: { id: string } }) => ({
        __typename: 'Guide',
        id: node.id,
      })),
      ...(ids.data?.practices.edges ?? []).map(({ node }: { node: { id: string } }) => ({
        __typename: 'Practice',
        id: node.id,
      })),
    ];
    expect(representations.length).toBeGreaterThanOrEqual(40);
    const entities = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Guide { slug portals { slug featuredGuides { slug } pages { slug } } }
        ... on Practice { slug }
      }
    }`;
    const first = await postToSubgraph(cold.url, entities, { representations });
    expect(first.errors).toBeUndefined();
    expect(first.data?._entities.every((entity: unknown) => entity !== null)).toBe(true);
    expect(Object.fromEntries(cold.cms.requestsByPath)).toEqual({
      guides: 1,
      practices: 1,
      portals: 1,
      pages: 1,
    });

    // Published content is shared by requests until it changes or its TTL ends.
    await postToSubgraph(cold.url, entities, { representations });
    expect(Object.fromEntries(cold.cms.requestsByPath)).toEqual({
      guides: 1,
      practices: 1,
      portals: 1,
      pages: 1,
    });
  });

  it('reads drafts for each preview request, once per type', async () => {
    const editor = await authorizationFor([{ role: 'content-editor' }]);
    const preview =
      '{ guides(preview: true, first: 100) { edges { node { portals { slug } } } } portals(preview: true) { totalCount } }';
    await postToSubgraph(cold.url, preview, {}, editor);
    await postToSubgraph(cold.url, preview, {}, editor);
    expect(Object.fromEntries(cold.cms.requestsByPath)).toEqual({ guides: 2, portals: 2 });
  });
});

describe('publishing', () => {
  it('shows a publication within 5 seconds, and a withdrawal too', async () => {
    const slug = 'nouveau-guide-publie';
    const seen = () =>
      query(`{ guideBySlug(slug: "${slug}") { title } }`).then(({ data }) => data?.guideBySlug ?? undefined);
    expect(await seen()).toBeUndefined();

    const id = await platform.cms.admin.createDraft(GUIDE, {
      title: 'Nouveau guide publié',
      slug,
      summary: 'Publié pendant le test.',
      body: 'Corps.',
      audiences: ['CITIZENS'],
      themes: [],
      national: true,
    });
    await platform.cms.admin.publish(GUIDE, id);
    expect(await eventually(seen)).toBeLessThan(5000);

    await platform.cms.admin.unpublish(GUIDE, id);
    expect(await eventually(async () => ((await seen()) ? undefined : true))).toBeLessThan(5000);
  });

  it('refuses a webhook call without the shared secret', async () => {
    const response = await fetch(new URL('/webhooks/cms', platform.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer guess' },
      body: JSON.stringify({ event: 'entry.publish', uid: GUIDE }),
    });
    expect(response.status).toBe(401);
  });
});

describe("editors' preview", () => {
  const slug = 'brouillon-a-relire';
  const PREVIEW = `{ guideBySlug(slug: "${slug}", preview: true) { title status publishedAt } }`;

  beforeAll(async () => {
    await platform.cms.admin.createDraft(GUIDE, {
      title: 'Brouillon à relire',
      slug,
      summary: 'Pas encore publié.',
      body: 'Corps.',
      audiences: ['MEDIATORS'],
      themes: [],
      national: true,
    });
  });

  it('shows drafts to content editors only', async () => {
    const editor = await query(PREVIEW, {}, await authorizationFor([{ role: 'content-editor' }]));
    expect(editor.data?.guideBySlug).toEqual({
      title: 'Brouillon à relire',
      status: 'DRAFT',
      publishedAt: null,
    });

    const published = await query(`{ guideBySlug(slug: "${slug}") { title } }`);
    expect(published.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = await query(PREVIEW);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherRole = await query(PREVIEW, {}, await authorizationFor([{ role: 'funding-editor' }]));
    expect(otherRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('when Strapi stalls', () => {
  const LIST = '{ guides(first: 1) { totalCount } portals { totalCount } }';
  const TTL_MS = 300;
  const TIMEOUT_MS = 2000;
  /** Loosely what a stalled CMS may cost a request once content is cached (this is no benchmark). */
  const PROMPTLY_MS = 1500;
  let proxy: StallingProxy;
  let server: RunningContentServer;
  let before: GraphQLResponse;

  const timed = async (text: string) => {
    const started = performance.now();
    const response = await postToSubgraph(server.url, text);
    return { ...response, ms: Math.round(performance.now() - started) };
  };
  /** Requests for a while, three at a time, as a portal's visitors send them. */
  const requestsDuring = async (durationMs: number, text: string) => {
    const answers: Awaited<ReturnType<typeof timed>>[] = [];
    for (const until = Date.now() + durationMs; Date.now() < until; await sleep(100)) {
      answers.push(...(await Promise.all([timed(text), timed(text), timed(text)])));
    }
    return answers;
  };
  const slowest = (answers: { ms: number }[]) => Math.max(...answers.map((answer) => answer.ms));

  beforeAll(async () => {
    // A real TCP peer between the subgraph and Strapi, which stops answering once content is read.
    proxy = await startStallingProxy(platform.cms.url);
    server = await platform.startAnother({ cmsUrl: proxy.url, cacheTtlMs: TTL_MS, cmsTimeoutMs: TIMEOUT_MS });
    // A first read of Strapi can be slow on a busy machine: read until everything came.
    await eventually(async () => {
      before = await postToSubgraph(server.url, LIST);
      return before.errors ? undefined : true;
    }, 30_000);
    proxy.stall();
  });

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
  });

  it('serves cached content at once when its TTL ends, and says it is stale once a read failed', async () => {
    await sleep(TTL_MS);
    // Longer than a read may take: the background reads fail meanwhile.
    const answers = await requestsDuring(TIMEOUT_MS + 1000, LIST);
    expect(slowest(answers)).toBeLessThan(PROMPTLY_MS);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(before.data);
    }
    expect(answers.at(-1)?.extensions?.content).toMatchObject({ stale: true, types: ['Guide', 'Portal'] });
  });

  it('after a change, serves the content it read last within a second, marked stale', async () => {
    await announceChange(server.url, GUIDE);
    const answers = await requestsDuring(1000, LIST);
    expect(slowest(answers)).toBeLessThan(PROMPTLY_MS);
    for (const answer of answers) {
      expect(answer.data).toEqual(before.data);
      expect(answer.extensions?.content).toMatchObject({ stale: true, types: ['Guide', 'Portal'] });
    }
  });

  it('answers UNAVAILABLE within CMS_TIMEOUT_MS on content it never read, and the rest with it', async () => {
    const EVENTS_AND_GUIDES = '{ events(first: 1) { totalCount } guides(first: 1) { totalCount } }';
    const first = await timed(EVENTS_AND_GUIDES);
    expect(first.ms).toBeLessThan(TIMEOUT_MS + 1000);
    expect(first.data).toEqual({ events: null, guides: before.data?.guides });
    expect(first.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE']);
    // The read under way does not answer: the next requests do not wait for it again.
    const next = await requestsDuring(500, EVENTS_AND_GUIDES);
    expect(slowest(next)).toBeLessThan(PROMPTLY_MS);
    for (const answer of next) expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
  });

  it('serves fresh content again once Strapi answers', async () => {
    proxy.resume();
    const fresh = async () => {
      const answer = await postToSubgraph(
        server.url,
        `{ events(first: 1) { totalCount } ${LIST.slice(1, -1)} }`,
      );
      return answer.errors === undefined && answer.extensions?.content === undefined ? true : undefined;
    };
    await eventually(fresh, 15_000);
  });

  it('reads on when Strapi answers later than CMS_TIMEOUT_MS, so that the next requests get content', async () => {
    proxy.slowDown(TIMEOUT_MS + 1000);
    const RESOURCES = '{ resources(first: 1) { totalCount } }';
    const first = await timed(RESOURCES);
    expect(first.ms).toBeLessThan(TIMEOUT_MS + 1000);
    expect(first.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const answered = async () => ((await timed(RESOURCES)).errors ? undefined : true);
    await eventually(answered, 10_000);
    // The one read the first request started, not a retry.
    expect(server.cms.requestsByPath.get('resources')).toBe(1);
    proxy.resume();
  });
});

// The Redis paths run where a Redis answers (CI sets REDIS_URL when it does).
const redisUrl = process.env.REDIS_URL;
if (redisUrl)
  describe('replicas on one Redis', () => {
    it('forget what changed when any of them hears it from Strapi', async () => {
      const changes = {
        redisUrl,
        keyPrefix: `test-${process.pid}-${Date.now()}:`,
        gatewayUrl: 'http://127.0.0.1:9',
      };
      const [told, other] = await Promise.all([
        platform.startAnother({ changes }),
        platform.startAnother({ changes }),
      ]);
      try {
        const slug = 'guide-vu-par-une-autre-replique';
        const seen = () =>
          postToSubgraph(other.url, `{ guideBySlug(slug: "${slug}") { title } }`).then(
            ({ data }) => data?.guideBySlug ?? undefined,
          );
        expect(await seen()).toBeUndefined();
        const id = await platform.cms.admin.createDraft(GUIDE, {
          title: 'Guide vu par une autre réplique',
          slug,
          summary: 'Publié pendant le test des répliques.',
          body: 'Corps.',
          audiences: ['CITIZENS'],
          themes: [],
          national: true,
        });
        await platform.cms.admin.publish(GUIDE, id);
        // Strapi's webhook reaches one replica (here `told`); the other hears of it over Redis.
        expect((await announceChange(told.url, GUIDE)).status).toBe(204);
        expect(await eventually(seen)).toBeLessThan(5000);
      } finally {
        await told.stop();
        await other.stop();
      }
    });
  });

describe('when Strapi is down', () => {
  const LIST = '{ guides(first: 1) { totalCount } portals { totalCount } }';
  let before: Awaited<ReturnType<typeof query>>;

  beforeAll(async () => {
    before = await query(LIST);
    await platform.cms.stop();
    // Something changed: the subgraph must ask Strapi again, which no longer answers.
    await announceChange(platform.server.url, GUIDE);
  });

  it('serves the content it read last, and says so', async () => {
    const after = await query(LIST);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    // A guide changed: guides, and portals (which feature guides), are served from memory.
    expect(after.extensions?.content).toMatchObject({ stale: true, types: ['Guide', 'Portal'] });
    expect(before.extensions?.content).toBeUndefined();
  });

  it('answers with UNAVAILABLE errors on the content it never read', async () => {
    const cold = await platform.startAnother();
    try {
      const response = await postToSubgraph(cold.url, LIST);
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ guides: null, portals: null });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['UNAVAILABLE', 'UNAVAILABLE']);
    } finally {
      await cold.stop();
    }
  });
});
