import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startGateway } from '@passerelle/gateway';
import type { RunningServer } from '@passerelle/platform/http';
import { postGraphQL } from '@passerelle/platform/testing';
import { parse, print } from 'graphql';
import { gatewayOptionsForTest, startTestPlatform, type TestPlatform } from '../src/platform';
import { createdKey, runPortalCli } from '../src/portal-cli';

/**
 * The gateway as portals use it, end to end: keys made with the portal CLI, a page of another
 * origin (CORS), the portal's territory as the default scope, revoked keys, safelists and rate
 * limits (in memory, and shared in Redis when REDIS_URL names one).
 */

let platform: TestPlatform;
let landesKey: { id: string; key: string };
const FRONT_END = 'http://localhost:5173';

const gateway = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
  postGraphQL(platform.gatewayUrl, query, variables, headers);

/** Waits for a change made with the CLI to reach the running gateway: the issue allows 10 s. */
async function within10Seconds(check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error('not applied within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The root fields that got the portal's territory, as `extensions.portal` says. */
const defaulted = (response: { extensions?: Record<string, unknown> }) =>
  (response.extensions?.portal as { defaulted?: string[] } | undefined)?.defaulted;

const PLACES = '{ places(first: 100) { totalCount edges { node { department { code } } } } }';

beforeAll(async () => {
  platform = await startTestPlatform('portals', { withContent: true });
  const created = await runPortalCli(
    platform.gatewayDatabaseUrl,
    'create-key',
    'landes',
    '--name',
    'front end',
  );
  expect(created.code).toBe(0);
  landesKey = createdKey(created);
  expect(
    (await runPortalCli(platform.gatewayDatabaseUrl, 'set-origins', 'landes', 'http://localhost:*')).code,
  ).toBe(0);
  await within10Seconds(
    async () => (await gateway('{ __typename }', { 'x-portal-key': landesKey.key })).status === 200,
  );
}, 240_000);

afterAll(async () => {
  await platform?.stop();
});

describe('a portal front end on another origin', () => {
  it('is answered a preflight naming the headers it may send, never credentials', async () => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin: FRONT_END,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-portal-key',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(response.headers.get('access-control-allow-headers')).toContain('x-portal-key');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('calls the graph with its key and reads the answer (CORS for its origin only)', async () => {
    const allowed = await gateway('{ __typename }', { origin: FRONT_END, 'x-portal-key': landesKey.key });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(FRONT_END);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('retry-after');

    const elsewhere = await gateway('{ __typename }', {
      origin: 'https://evil.example',
      'x-portal-key': landesKey.key,
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();

    const noPortal = await gateway('{ __typename }', { origin: FRONT_END });
    expect(noPortal.status).toBe(403);
    expect(noPortal.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
  });
});

describe("a portal's territory", () => {
  it('is the default of its territorial queries, and the response says so', async () => {
    const national = await gateway(PLACES);
    const landes = await gateway(PLACES, { 'x-portal-key': landesKey.key });
    expect(landes.errors).toBeUndefined();
    expect(landes.data?.places.totalCount).toBeGreaterThan(0);
    expect(landes.data?.places.totalCount).toBeLessThan(national.data?.places.totalCount);
    for (const { node } of landes.data?.places.edges ?? []) expect(node.department.code).toBe('40');
    expect(landes.extensions?.portal).toEqual({
      slug: 'landes',
      name: expect.any(String),
      territories: [{ kind: 'DEPARTMENT', code: '40' }],
      defaulted: ['places'],
    });
    expect(national.extensions?.portal).toBeUndefined();
  });

  it('applies to filters given as literals or variables, for every territorial query', async () => {
    const explicit = await gateway(`{
      places(filter: { territory: { kind: DEPARTMENT, code: "40" }, services: [ADMINISTRATIVE_PROCEDURES] }) { totalCount }
      guides(filter: { territory: { kind: DEPARTMENT, code: "40" } }) { totalCount }
      events(filter: { territory: { kind: DEPARTMENT, code: "40" } }) { totalCount }
      fundingPrograms(filter: { territory: { kind: DEPARTMENT, code: "40" } }) { totalCount }
    }`);
    const scoped = await gateway(
      `query Home($places: PlaceFilter) {
        places(filter: $places) { totalCount }
        guides { totalCount }
        events(filter: { text: null }) { totalCount }
        fundingPrograms { totalCount }
      }`,
      { 'x-portal-key': landesKey.key },
      { places: { services: ['ADMINISTRATIVE_PROCEDURES'] } },
    );
    expect(explicit.errors).toBeUndefined();
    expect(scoped.errors).toBeUndefined();
    expect(scoped.data).toEqual(explicit.data);
    expect(defaulted(scoped)?.sort()).toEqual(['events', 'fundingPrograms', 'guides', 'places']);
  });

  it('gives way to an explicit territory, so that a portal may show its neighbours', async () => {
    const gironde = await gateway(
      '{ places(filter: { territory: { kind: DEPARTMENT, code: "33" } }, first: 20) { edges { node { department { code } } } } }',
      { 'x-portal-key': landesKey.key },
    );
    expect(gironde.errors).toBeUndefined();
    expect(gironde.data?.places.edges.length).toBeGreaterThan(0);
    for (const { node } of gironde.data?.places.edges ?? []) expect(node.department.code).toBe('33');
    expect(defaulted(gironde)).toEqual([]);
  });

  it('applies to public use by slug too; an unknown slug is refused', async () => {
    const region = await gateway(PLACES, { 'x-portal': 'nouvelle-aquitaine' });
    expect(region.errors).toBeUndefined();
    expect(region.extensions?.portal).toMatchObject({ territories: [{ kind: 'REGION', code: '75' }] });
    const unknown = await gateway(PLACES, { 'x-portal': 'atlantide' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNKNOWN_PORTAL');
  });
});

describe('portal keys', () => {
  it('refuses a wrong key with 401 UNAUTHENTICATED, and a revoked one within 10 s', async () => {
    const wrong = await gateway('{ __typename }', { 'x-portal-key': `${landesKey.key}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const spare = createdKey(await runPortalCli(platform.gatewayDatabaseUrl, 'create-key', 'landes'));
    await within10Seconds(
      async () => (await gateway('{ __typename }', { 'x-portal-key': spare.key })).status === 200,
    );
    const revoked = await runPortalCli(platform.gatewayDatabaseUrl, 'revoke', spare.id);
    expect(revoked.stdout).toContain(`Key ${spare.id} revoked`);
    await within10Seconds(
      async () => (await gateway('{ __typename }', { 'x-portal-key': spare.key })).status === 401,
    );
    expect((await gateway('{ __typename }', { 'x-portal-key': landesKey.key })).status).toBe(200);
  });

  it('lists keys with their last use, never the keys themselves', async () => {
    await within10Seconds(async () => {
      const list = await runPortalCli(platform.gatewayDatabaseUrl, 'list');
      const line = list.stdout.split('\n').find((text) => text.includes(landesKey.id)) ?? '';
      expect(list.stdout).not.toContain(landesKey.key);
      return line.includes('front end') && !line.includes('last used -');
    });
  });

  it('names the bad argument of a command and changes nothing', async () => {
    const origins = await runPortalCli(
      platform.gatewayDatabaseUrl,
      'set-origins',
      'landes',
      'https://ok.example',
      'ftp://x',
    );
    expect(origins.code).toBe(1);
    expect(origins.stderr).toContain('"ftp://x" is not an origin');
    const rate = await runPortalCli(platform.gatewayDatabaseUrl, 'set-rate', 'landes', 'fast');
    expect(rate.code).toBe(1);
    expect(rate.stderr).toContain('"fast" is not a rate');
    const list = await runPortalCli(platform.gatewayDatabaseUrl, 'list');
    expect(list.stdout).toContain('landes: origins http://localhost:*;');
  });
});

describe('safelist mode', () => {
  const REGISTERED = 'query Count { places { totalCount } }';

  it('runs only the operations registered from a front end build, by text or by hash', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'operations-'));
    const file = path.join(folder, 'operations.graphql');
    writeFileSync(file, `${REGISTERED}\nquery Other { __typename }\n`);
    const registered = await runPortalCli(platform.gatewayDatabaseUrl, 'register-operations', 'landes', file);
    expect(registered.stdout).toContain('2 operation(s) read, 2 newly registered');
    expect((await runPortalCli(platform.gatewayDatabaseUrl, 'set-safelist', 'landes', 'on')).code).toBe(0);
    const headers = { 'x-portal-key': landesKey.key };
    try {
      await within10Seconds(async () => (await gateway('{ __typename }', headers)).status === 400);
      const refused = await gateway('{ __typename }', headers);
      expect(refused.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');

      const printed = print(parse(REGISTERED));
      const byText = await gateway(printed, headers);
      expect(byText.errors).toBeUndefined();
      expect(byText.data?.places.totalCount).toBeGreaterThan(0);

      const { createHash } = await import('node:crypto');
      const sha256Hash = createHash('sha256').update(printed).digest('hex');
      const byHash = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
      });
      expect(((await byHash.json()) as { data: unknown }).data).toEqual(byText.data);

      // Other portals are not in safelist mode.
      expect((await gateway('{ __typename }', { 'x-portal': 'bordeaux' })).status).toBe(200);
    } finally {
      await runPortalCli(platform.gatewayDatabaseUrl, 'set-safelist', 'landes', 'off');
      await within10Seconds(async () => (await gateway('{ __typename }', headers)).status === 200);
    }
  });
});

describe('automatic persisted queries', () => {
  it('answer an unknown hash PERSISTED_QUERY_NOT_FOUND, then serve it by hash once sent with its document', async () => {
    const query = `{ places(first: 1) { totalCount } } # ${Date.now()}`;
    const { createHash } = await import('node:crypto');
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const send = async (body: Record<string, unknown>) =>
      (await (
        await fetch(platform.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-portal': 'landes' },
          body: JSON.stringify(body),
        })
      ).json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    const unknown = await send({ extensions: { persistedQuery } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send({ query, extensions: { persistedQuery } });
    expect(registered.errors).toBeUndefined();
    expect(await send({ extensions: { persistedQuery } })).toEqual(registered);
  });
});

const redisUrl = process.env.REDIS_URL;
const limiters = [
  { name: 'in memory', env: {} },
  ...(redisUrl ? [{ name: `in Redis (${redisUrl})`, env: { REDIS_URL: redisUrl } }] : []),
];

describe.each(limiters)('rate limits $name', ({ env }) => {
  const replicas: RunningServer[] = [];
  const prefix = `test-${Date.now()}-${Math.random().toString(36).slice(2)}:`;

  beforeAll(async () => {
    const settings = {
      ...env,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '4',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '2',
    };
    // Two replicas: with Redis they count the same requests, in memory each counts its own.
    for (let index = 0; index < 2; index += 1) {
      replicas.push(
        await startGateway(
          gatewayOptionsForTest(platform.subgraphUrls, platform.gatewayDatabaseUrl, settings),
        ),
      );
    }
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
  });

  it('answers 429 RATE_LIMITED with Retry-After once a caller has used its minute', async () => {
    const [first] = replicas as [RunningServer];
    const statuses: number[] = [];
    for (let index = 0; index < 3; index += 1) {
      statuses.push(
        (await postGraphQL(first.url, '{ __typename }', undefined, { 'x-portal': 'bordeaux' })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 429]);
    const refused = await postGraphQL(first.url, '{ __typename }', undefined, { 'x-portal': 'bordeaux' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Each portal and the national graph have their own buckets.
    expect((await postGraphQL(first.url, '{ __typename }', undefined, { 'x-portal': 'landes' })).status).toBe(
      200,
    );
    expect((await postGraphQL(first.url, '{ __typename }')).status).toBe(200);
  });

  it(env.REDIS_URL ? 'is shared by every replica' : 'is counted by each replica', async () => {
    const [first, second] = replicas as [RunningServer, RunningServer];
    const anonymous = async (replica: RunningServer) =>
      (await postGraphQL(replica.url, '{ __typename }')).status;
    // The previous test spent one of the 4 anonymous requests on the first replica.
    const statuses = [
      await anonymous(first),
      await anonymous(second),
      await anonymous(first),
      await anonymous(second),
    ];
    expect(statuses).toEqual(env.REDIS_URL ? [200, 200, 200, 429] : [200, 200, 200, 200]);
  });
});
