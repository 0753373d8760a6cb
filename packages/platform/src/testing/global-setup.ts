import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from '../database/embedded-postgres';
import { freePort } from './free-port';
import { TEST_SERVER_URL_VARIABLE } from './test-database';

declare global {
  var __passerelleTestPostgres: EmbeddedPostgresServer | undefined;
}

/**
 * Jest global setup: tests run against the PostgreSQL server named by DATABASE_URL when it is set
 * (CI runs both ways), otherwise against a throw-away embedded server.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_SERVER_URL_VARIABLE] = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres({
    // Not under a mkdtemp folder: PostgreSQL may run as another user that must reach the directory.
    dataDir: path.join(tmpdir(), `passerelle-test-pg-${randomBytes(6).toString('hex')}`),
    port: await freePort(),
    portSetting: 'test PostgreSQL port',
    persistent: false,
  });
  globalThis.__passerelleTestPostgres = server;
  process.env[TEST_SERVER_URL_VARIABLE] = server.url;
}
