import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ServiceProcess, startServiceProcess } from '@passerelle/platform/service';
import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
import { CmsAdmin } from './cms-admin';

export interface CmsUnderTest {
  url: string;
  database: TestDatabase;
  /** The settings it was started with, shared with the content subgraph under test. */
  apiToken: string;
  webhookSecret: string;
  /** The first administrator (a super admin) created at its first start, signed in; see `firstAdmin`. */
  admin: CmsAdmin;
  /** What its process wrote, line by line, since it was first started. */
  output: string[];
  /** Stops Strapi, keeping its database (to start it again, or to test what happens without it). */
  stop(): Promise<void>;
  /** Starts it again on the same database and settings, with these settings changed. */
  restart(settings?: NodeJS.ProcessEnv): Promise<void>;
  /** Stops it and drops its database. */
  destroy(): Promise<void>;
}

export interface CmsTestOptions {
  /** Names the test database. */
  label: string;
  /** Where Strapi sends its webhook (the content subgraph under test). */
  webhookUrl?: string;
  seedDemoData?: boolean;
  /** `false`: started with no first administrator configured (then `admin` is signed out). */
  firstAdmin?: boolean;
}

const ADMIN = { email: 'admin@passerelle.example', password: 'Passerelle-Test-2026' };
const secret = () => randomBytes(32).toString('base64url');

/**
 * A real Strapi for one test file, started the way `npm start` starts it (its own process, the
 * runtime of cms/runtime) on a fresh database and a free port, with its own secrets.
 */
export async function startCmsForTest(options: CmsTestOptions): Promise<CmsUnderTest> {
  const database = await createTestDatabase(options.label);
  const publicDir = mkdtempSync(path.join(tmpdir(), 'passerelle-cms-'));
  const apiToken = secret();
  const webhookSecret = secret();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CMS_PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    CMS_DATABASE_URL: database.url,
    CMS_SECRET: secret(),
    CMS_API_TOKEN: apiToken,
    CMS_WEBHOOK_SECRET: webhookSecret,
    CMS_WEBHOOK_URL: options.webhookUrl,
    CMS_ADMIN_EMAIL: ADMIN.email,
    CMS_ADMIN_PASSWORD: ADMIN.password,
    CMS_PUBLIC_DIR: publicDir,
    SEED_DEMO_DATA: String(options.seedDemoData ?? true),
  };
  if (!options.webhookUrl) delete env.CMS_WEBHOOK_URL;
  if (options.firstAdmin === false) {
    delete env.CMS_ADMIN_EMAIL;
    delete env.CMS_ADMIN_PASSWORD;
  }
  const output: string[] = [];
  const start = () =>
    startServiceProcess({
      entry: path.join(__dirname, '..', 'runtime', 'main.ts'),
      env,
      onLine: (line) => output.push(line),
    });

  let running: ServiceProcess | undefined = await start();
  const url = running.url;
  // The same port on every restart, so that clients keep their URL.
  env.CMS_PORT = new URL(url).port;
  const admin = new CmsAdmin(url);
  if (options.firstAdmin !== false) await admin.signIn(ADMIN.email, ADMIN.password);

  const stop = async () => {
    await running?.stop();
    running = undefined;
  };
  return {
    url,
    database,
    apiToken,
    webhookSecret,
    admin,
    output,
    stop,
    async restart(settings = {}) {
      await stop();
      for (const [name, value] of Object.entries(settings)) {
        if (value === undefined) delete env[name];
        else env[name] = value;
      }
      running = await start();
    },
    async destroy() {
      await stop();
      await database.drop();
      rmSync(publicDir, { recursive: true, force: true });
    },
  };
}
