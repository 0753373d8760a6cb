import { ConfigurationError } from '../errors';
import { DEFAULT_OPERATION_LIMITS } from '../http/operation-guard-plugin';
import { readSubgraphConfig } from './subgraph-config';

const SECRETS = { AUTH_SECRET: 'a'.repeat(32), GATEWAY_SECRET: 'g'.repeat(32) };

describe('readSubgraphConfig', () => {
  it("derives the subgraph's own database on the server of DATABASE_URL", () => {
    const config = readSubgraphConfig('directory', {
      DATABASE_URL: 'postgresql://u:p@db:5432/postgres',
      ...SECRETS,
    });
    expect(config).toMatchObject({
      port: 4002,
      databaseUrl: 'postgresql://u:p@db:5432/passerelle_directory',
      databaseSetting: 'DATABASE_URL',
      seedDemoData: false,
    });
  });

  it('prefers <NAME>_DATABASE_URL and reads the port and flags', () => {
    const config = readSubgraphConfig('directory', {
      DATABASE_URL: 'postgresql://db/postgres',
      DIRECTORY_DATABASE_URL: 'postgresql://other/places',
      DIRECTORY_PORT: '5000',
      SEED_DEMO_DATA: 'true',
      ...SECRETS,
    });
    expect(config).toMatchObject({
      port: 5000,
      databaseUrl: 'postgresql://other/places',
      databaseSetting: 'DIRECTORY_DATABASE_URL',
      seedDemoData: true,
    });
  });

  it('refuses a name schema/subgraphs.json does not know', () => {
    expect(() =>
      readSubgraphConfig('nowhere', { DATABASE_URL: 'postgresql://db/postgres', ...SECRETS }),
    ).toThrow(/subgraphs\.json: names no subgraph "nowhere"/);
  });

  it('names the setting at fault', () => {
    expect(() => readSubgraphConfig('directory', {})).toThrow(ConfigurationError);
    expect(() => readSubgraphConfig('directory', {})).toThrow(
      /^DIRECTORY_DATABASE_URL: set DIRECTORY_DATABASE_URL or DATABASE_URL/,
    );
    expect(() => readSubgraphConfig('directory', { DATABASE_URL: 'mysql://x', ...SECRETS })).toThrow(
      /^DATABASE_URL: /,
    );
    expect(() =>
      readSubgraphConfig('directory', {
        DATABASE_URL: 'postgresql://x/y',
        DIRECTORY_PORT: '70000',
        ...SECRETS,
      }),
    ).toThrow(/^DIRECTORY_PORT: /);
    expect(() =>
      readSubgraphConfig('directory', {
        DATABASE_URL: 'postgresql://x/y',
        SEED_DEMO_DATA: 'maybe',
        ...SECRETS,
      }),
    ).toThrow(/^SEED_DEMO_DATA: /);
    expect(() =>
      readSubgraphConfig('directory', {
        DATABASE_URL: 'postgresql://x/y',
        AUTH_SECRET: SECRETS.AUTH_SECRET,
      }),
    ).toThrow(/^GATEWAY_SECRET: not set \(npm start generates one/);
    expect(() =>
      readSubgraphConfig('directory', {
        DATABASE_URL: 'postgresql://x/y',
        ...SECRETS,
        MAX_QUERY_COST: '-3',
      }),
    ).toThrow(/^MAX_QUERY_COST: /);
  });

  it('reads the operation limits a subgraph enforces, the gateway defaults unless set', () => {
    const config = readSubgraphConfig('directory', {
      DATABASE_URL: 'postgresql://x/y',
      ...SECRETS,
      MAX_QUERY_DEPTH: '8',
    });
    expect(config.limits).toEqual({ ...DEFAULT_OPERATION_LIMITS, maxDepth: 8 });
  });

  it('reads the directive limit and introspection; production turns introspection and suggestions off', () => {
    const env = { DATABASE_URL: 'postgresql://x/y', ...SECRETS };
    expect(readSubgraphConfig('directory', { ...env, MAX_QUERY_DIRECTIVES: '7' }).limits).toMatchObject({
      maxDirectives: 7,
      introspection: true,
      fieldSuggestions: true,
    });
    expect(readSubgraphConfig('directory', { ...env, NODE_ENV: 'production' }).limits).toMatchObject({
      introspection: false,
      fieldSuggestions: false,
    });
    expect(
      readSubgraphConfig('directory', { ...env, NODE_ENV: 'production', INTROSPECTION: 'true' }).limits,
    ).toMatchObject({ introspection: true, fieldSuggestions: false });
    expect(readSubgraphConfig('directory', { ...env, INTROSPECTION: 'false' }).limits.introspection).toBe(
      false,
    );
    expect(() => readSubgraphConfig('directory', { ...env, INTROSPECTION: 'maybe' })).toThrow(
      /^INTROSPECTION: /,
    );
    expect(() => readSubgraphConfig('directory', { ...env, MAX_QUERY_DIRECTIVES: '0' })).toThrow(
      /^MAX_QUERY_DIRECTIVES: /,
    );
  });
});
