import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGateway } from '@passerelle/gateway';
import { signToken } from '@passerelle/platform/auth';
import { CACHE_PURGE_PATH } from '@passerelle/platform/cache';
import { postGraphQL, TEST_AUTH_SECRET, TEST_GATEWAY_SECRET } from '@passerelle/platform/testing';
import { gatewayOptionsForTest, startTestPlatform, type TestPlatform } from '../src/platform';

jest.setTimeout(240_000);

const CACHED = { RESPONSE_CACHE_ENABLED: 'true' };
const GUIDE = 'api::guide.guide';
const ROOT = path.join(__dirname, '..', '..');

let platform: TestPlatform;
let admin: Record<string, string>;
let placeId: string;

beforeAll(async () => {
  platform = await startTestPlatform('response_cache', { withContent: true, gatewayEnv: CACHED });
  admin = {
    authorization: `Bearer ${await signToken({ subject: 'cache-admin', grants: [{ role: 'admin' }] }, TEST_AUTH_SECRET)}`,
  };
  const place = await platform.prisma.directory.place.findFirstOrThrow({ where: { departmentCode: '40' } });
  placeId = place.id;
});

afterAll(() => platform?.stop());

const graphql = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  postGraphQL(`${platform.gatewayUrl}`, query, variables, headers);

/** How long until `check` holds, polling; fails past 5 seconds. */
async function within5s(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 5000) throw new Error('not seen within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

function withoutRedis({ REDIS_URL: _, ...env }: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return env;
}

const PLACE_PAGE = 'query PlacePage($id: ID!) { place(id: $id) { id name } }';

describe('the response cache', () => {
  it('answers an anonymous query from the cache, with Cache-Control and an ETag, and a GET revalidates with a 304', async () => {
    const query =
      '{ department(code: "40") { name places(first: 2) { totalCount edges { node { id name } } } } }';
    const first = await graphql(query);
    const second = await graphql(query);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('cache-control')).toMatch(/^max-age=\d+, public$/);
    const etag = second.headers.get('etag');
    expect(etag).toBe(first.headers.get('etag'));
    expect(second.headers.get('vary')).toMatch(/x-portal/);

    const url = new URL(platform.gatewayUrl);
    url.searchParams.set('query', query);
    const headers = { 'apollo-require-preflight': 'true' };
    const fresh = await fetch(url, { headers: { ...headers, 'if-none-match': etag ?? '' } });
    expect(fresh.status).toBe(304);
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': '"another"' } });
    expect(changed.status).toBe(200);
  });

  it('never keeps what a signed-in caller gets, nor lets a CDN keep it', async () => {
    const query = '{ department(code: "64") { name } }';
    for (const attempt of [1, 2]) {
      const response = await graphql(query, undefined, admin);
      expect([attempt, response.headers.get('x-cache')]).toEqual([attempt, 'BYPASS']);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it("keeps each portal's answers apart", async () => {
    const query = '{ places(first: 1) { totalCount } }';
    const scopes: Record<string, string>[] = [
      {},
      { 'x-portal': 'landes' },
      { 'x-portal': 'nouvelle-aquitaine' },
    ];
    const first = await Promise.all(scopes.map((headers) => graphql(query, undefined, headers)));
    const totals = first.map(({ data }) => data?.places.totalCount as number);
    expect(new Set(totals).size).toBe(3);
    const second = await Promise.all(scopes.map((headers) => graphql(query, undefined, headers)));
    expect(second.map(({ headers }) => headers.get('x-cache'))).toEqual(['HIT', 'HIT', 'HIT']);
    expect(second.map(({ data }) => data?.places.totalCount)).toEqual(totals);
  });

  it('shows an edit through the cache within 5 seconds', async () => {
    await graphql(PLACE_PAGE, { id: placeId });
    expect((await graphql(PLACE_PAGE, { id: placeId })).headers.get('x-cache')).toBe('HIT');
    const renamed = await graphql(
      'mutation Rename($id: ID!) { updatePlace(id: $id, input: { name: "Médiathèque renommée" }) { id name } }',
      { id: placeId },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    await within5s(
      async () => (await graphql(PLACE_PAGE, { id: placeId })).data?.place.name === 'Médiathèque renommée',
    );
  });

  it('shows an import within 5 seconds', async () => {
    const query = '{ places(filter: { text: "Tiers-lieu Passerelle Importé" }) { totalCount } }';
    expect((await graphql(query)).data?.places.totalCount).toBe(0);
    expect((await graphql(query)).headers.get('x-cache')).toBe('HIT');
    const file = path.join(tmpdir(), `cache-import-${process.pid}.csv`);
    writeFileSync(
      file,
      [
        'id,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj,pivot',
        'cache-1,Tiers-lieu Passerelle Importé,Mont-de-Marsan,40000,40192,1 place du Marché,43.8911,-0.5007,Aide aux démarches administratives,2026-10-01,21400192600019',
      ].join('\n'),
    );
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'subgraphs/directory/src/cli/import.ts', file, '--source', 'cache-test'],
      {
        cwd: ROOT,
        // Without REDIS_URL, as the gateway under test: the import tells it over HTTP.
        env: {
          ...withoutRedis(process.env),
          DIRECTORY_DATABASE_URL: platform.databaseUrls.directory,
          GATEWAY_URL: platform.gatewayUrl,
          GATEWAY_SECRET: TEST_GATEWAY_SECRET,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect([code, output]).toEqual([0, expect.stringMatching(/created 1/)]);
    expect(output).not.toMatch(/not delivered/);
    await within5s(async () => (await graphql(query)).data?.places.totalCount === 1);
  });

  it('shows a publication in the CMS within 5 seconds', async () => {
    const query = '{ guides(first: 100) { edges { node { title } } } }';
    const titles = async () =>
      ((await graphql(query)).data?.guides.edges ?? []).map(
        ({ node }: { node: { title: string } }) => node.title,
      );
    expect(await titles()).not.toContain('Guide publié sous cache');
    expect((await graphql(query)).headers.get('x-cache')).toBe('HIT');
    const content = platform.content;
    if (!content) throw new Error('the platform has no content subgraph');
    const id = await content.cms.admin.createDraft(GUIDE, {
      title: 'Guide publié sous cache',
      slug: 'guide-publie-sous-cache',
      summary: 'Publié pendant le test du cache.',
      body: 'Corps.',
      audiences: ['CITIZENS'],
      themes: [],
      national: true,
    });
    await content.cms.admin.publish(GUIDE, id);
    await within5s(async () => (await titles()).includes('Guide publié sous cache'));
    await content.cms.admin.update(GUIDE, id, { title: 'Guide modifié sous cache' });
    await content.cms.admin.publish(GUIDE, id);
    await within5s(async () => (await titles()).includes('Guide modifié sous cache'));
  });

  it('refuses a purge the gateway did not sign', async () => {
    const response = await fetch(new URL(CACHE_PURGE_PATH, platform.gatewayUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['Place:*'], reason: 'a guess' }),
    });
    expect(response.status).toBe(403);
  });
});

const redisUrl = process.env.REDIS_URL;
// The Redis paths run where a Redis answers (CI sets REDIS_URL when it does).
if (redisUrl)
  describe('two gateways on one Redis', () => {
    it('shows an edit made through one replica through the other at once', async () => {
      const env = { ...CACHED, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `test-${process.pid}-${Date.now()}:` };
      const replicas = await Promise.all(
        [1, 2].map(() =>
          startGateway(gatewayOptionsForTest(platform.subgraphUrls, platform.gatewayDatabaseUrl, env)),
        ),
      );
      try {
        const [one, two] = replicas.map(
          (replica) =>
            (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
              postGraphQL(replica.url, query, variables, headers),
        ) as [typeof graphql, typeof graphql];
        await two(PLACE_PAGE, { id: placeId });
        expect((await two(PLACE_PAGE, { id: placeId })).headers.get('x-cache')).toBe('HIT');
        await one(
          'mutation Rename($id: ID!) { updatePlace(id: $id, input: { name: "Renommée sur une réplique" }) { id name } }',
          { id: placeId },
          admin,
        );
        expect((await two(PLACE_PAGE, { id: placeId })).data?.place.name).toBe('Renommée sur une réplique');
      } finally {
        for (const replica of replicas) await replica.stop();
      }
    });
  });
