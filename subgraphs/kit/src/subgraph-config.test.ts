import { ConfigurationError } from './errors';
import { readSubgraphConfig } from './subgraph-config';

const AUTH_SECRET = 'a'.repeat(32);

describe('readSubgraphConfig', () => {
  it("derives the subgraph's own database on the server of DATABASE_URL", () => {
    const config = readSubgraphConfig('directory', 4002, {
      DATABASE_URL: 'postgresql://u:p@db:5432/postgres',
      AUTH_SECRET,
    });
    expect(config).toMatchObject({
      port: 4002,
      databaseUrl: 'postgresql://u:p@db:5432/passerelle_directory',
      databaseSetting: 'DATABASE_URL',
      seedDemoData: false,
    });
  });

  it('prefers <NAME>_DATABASE_URL and reads the port and flags', () => {
    const config = readSubgraphConfig('directory', 4002, {
      DATABASE_URL: 'postgresql://db/postgres',
      DIRECTORY_DATABASE_URL: 'postgresql://other/places',
      DIRECTORY_PORT: '5000',
      SEED_DEMO_DATA: 'true',
      AUTH_SECRET,
    });
    expect(config).toMatchObject({
      port: 5000,
      databaseUrl: 'postgresql://other/places',
      databaseSetting: 'DIRECTORY_DATABASE_URL',
      seedDemoData: true,
    });
  });

  it('names the setting at fault', () => {
    expect(() => readSubgraphConfig('directory', 4002, {})).toThrow(ConfigurationError);
    expect(() => readSubgraphConfig('directory', 4002, {})).toThrow(
      /^DIRECTORY_DATABASE_URL: set DIRECTORY_DATABASE_URL or DATABASE_URL/,
    );
    expect(() => readSubgraphConfig('directory', 4002, { DATABASE_URL: 'mysql://x', AUTH_SECRET })).toThrow(
      /^DATABASE_URL: /,
    );
    expect(() =>
      readSubgraphConfig('directory', 4002, {
        DATABASE_URL: 'postgresql://x/y',
        DIRECTORY_PORT: '70000',
        AUTH_SECRET,
      }),
    ).toThrow(/^DIRECTORY_PORT: /);
    expect(() =>
      readSubgraphConfig('directory', 4002, {
        DATABASE_URL: 'postgresql://x/y',
        SEED_DEMO_DATA: 'maybe',
        AUTH_SECRET,
      }),
    ).toThrow(/^SEED_DEMO_DATA: /);
  });
});
