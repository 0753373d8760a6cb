import type { RunningServer } from '@passerelle/platform/http';
import { createLogger } from '@passerelle/platform/service';
import { createTestDatabase, freePort, postGraphQL, type TestDatabase } from '@passerelle/platform/testing';
import { readGatewayConfig } from '../src/config';
import { startGateway } from '../src/server';

/**
 * What the gateway tells about its schema and whom it answers, by environment: nothing here
 * reaches a subgraph (every one is at a closed port), as all of it is decided before planning.
 */

const SECRETS = { AUTH_SECRET: 'a'.repeat(32), GATEWAY_SECRET: 'g'.repeat(32) };

/** The portals' database every gateway of this file shares. */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('gateway_request_safety');
});

async function gatewayIn(env: Record<string, string>): Promise<RunningServer> {
  const { logLevel: _, ...config } = readGatewayConfig({
    ...SECRETS,
    GATEWAY_DATABASE_URL: database.url,
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
    ...env,
  });
  const closed = `http://127.0.0.1:${await freePort()}/graphql`;
  return startGateway({
    ...config,
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(Object.keys(config.subgraphUrls).map((name) => [name, closed])),
    logger: createLogger('test', 'silent'),
  });
}

const servers: RunningServer[] = [];
async function started(env: Record<string, string> = {}): Promise<string> {
  const server = await gatewayIn(env);
  servers.push(server);
  return server.url;
}

afterAll(async () => {
  for (const server of servers) await server.stop();
  await database?.drop();
});

const INTROSPECTION = '{ __schema { queryType { name } } }';
const MISSPELLED = '{ departement(code: "40") { name } }';

describe('the configuration of introspection and suggestions', () => {
  // Read only: no database is opened.
  const ENV = { ...SECRETS, DATABASE_URL: 'postgresql://db/postgres' };

  it('reads INTROSPECTION, on unless NODE_ENV is production, and hides suggestions in production', () => {
    expect(readGatewayConfig(ENV).limits).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(readGatewayConfig({ ...ENV, NODE_ENV: 'production' }).limits).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
    expect(readGatewayConfig({ ...ENV, NODE_ENV: 'production', INTROSPECTION: 'true' }).limits).toMatchObject(
      { introspection: true, fieldSuggestions: false },
    );
    expect(() => readGatewayConfig({ ...ENV, INTROSPECTION: 'yes' })).toThrow(/^INTROSPECTION: /);
  });
});

describe('a gateway outside production', () => {
  it('answers introspection and suggests the field meant', async () => {
    const url = await started();
    const introspection = await postGraphQL(url, INTROSPECTION);
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const misspelled = await postGraphQL(url, MISSPELLED);
    expect(misspelled.status).toBe(400);
    expect(misspelled.errors?.[0]?.message).toContain('Did you mean "department"');
  });

  it('turns introspection off with INTROSPECTION=false', async () => {
    const response = await postGraphQL(await started({ INTROSPECTION: 'false' }), INTROSPECTION);
    expect([response.status, response.errors?.[0]?.extensions?.code]).toEqual([
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(response.data).toBeUndefined();
  });
});

describe('a gateway in production', () => {
  it('refuses introspection and names no field in its validation errors', async () => {
    const url = await started({ NODE_ENV: 'production' });
    const introspection = await postGraphQL(url, INTROSPECTION);
    expect([introspection.status, introspection.errors?.[0]?.extensions?.code]).toEqual([
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/);
    const misspelled = await postGraphQL(url, MISSPELLED);
    expect([misspelled.status, misspelled.errors?.[0]?.extensions?.code]).toEqual([
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    expect(misspelled.errors?.[0]?.message).toMatch(/^Cannot query field "departement" on type "Query"/);
    expect(misspelled.errors?.[0]?.message).not.toMatch(/Did you mean|"department"/);
    const enumValue = await postGraphQL(
      url,
      '{ places(filter: { services: [ADMINISTRATIVE_PROCEDURE] }) { totalCount } }',
    );
    expect(enumValue.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(enumValue.errors?.[0]?.message).not.toMatch(/Did you mean|ADMINISTRATIVE_PROCEDURES/);
  });

  it('answers introspection when INTROSPECTION=true says so', async () => {
    const response = await postGraphQL(
      await started({ NODE_ENV: 'production', INTROSPECTION: 'true' }),
      INTROSPECTION,
    );
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('cross-site request forgery', () => {
  it('refuses an operation a page of another site could send without a preflight', async () => {
    const url = await started();
    const body = JSON.stringify({ query: '{ __typename }' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body });
      const parsed = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect([contentType, response.status, parsed.errors[0]?.extensions.code]).toEqual([
        contentType,
        400,
        'BAD_REQUEST',
      ]);
      expect(parsed.errors[0]?.message).toMatch(/Cross-Site Request Forgery/);
    }
    const get = `${url}?query=${encodeURIComponent('{ __typename }')}`;
    expect((await fetch(get)).status).toBe(400);
    const preflighted = await fetch(get, { headers: { 'apollo-require-preflight': 'true' } });
    expect([preflighted.status, await preflighted.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
    // What every client of the graph sends: JSON.
    expect((await postGraphQL(url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
