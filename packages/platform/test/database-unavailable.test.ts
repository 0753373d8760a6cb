import { Client } from 'pg';
import { formatError, isDatabaseUnavailable } from '../src/http/format-error';
import { createTestDatabase, freePort, type TestDatabase } from '../src/testing';

/** The errors a real PostgreSQL and a real driver give when the database goes away, or not. */

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('kit_unavailable');
});

afterAll(() => database?.drop());

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a database that cannot be reached', () => {
  it('is told from other database errors', async () => {
    const closedPort = await freePort();
    const refused = await errorOf(() => new Client({ host: '127.0.0.1', port: closedPort }).connect());
    expect(isDatabaseUnavailable(refused)).toBe(true);

    // A session ended by the server (a restart does the same to every open connection).
    const victim = new Client({ connectionString: database.url });
    await victim.connect();
    victim.on('error', () => undefined);
    const killer = new Client({ connectionString: database.url });
    await killer.connect();
    const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await killer.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
    await killer.end();
    const terminated = await errorOf(() => victim.query('SELECT 1'));
    expect(isDatabaseUnavailable(terminated)).toBe(true);

    const client = new Client({ connectionString: database.url });
    await client.connect();
    const syntax = await errorOf(() => client.query('SELEC 1'));
    await client.end();
    expect(isDatabaseUnavailable(syntax)).toBe(false);
  });

  it('is answered UNAVAILABLE to clients, anything else stays an internal error', async () => {
    const refused = await errorOf(() => new Client({ host: '127.0.0.1', port: 1 }).connect());
    expect(formatError({ message: String(refused), path: ['places'] }, refused)).toEqual({
      message: 'the database is unavailable; try again in a moment',
      path: ['places'],
      extensions: { code: 'UNAVAILABLE' },
    });
    const other = new Error('a bug');
    expect(formatError({ message: 'a bug' }, other).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
