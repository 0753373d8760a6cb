import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { type FirstAdminCreated, isFirstAdminCreated } from '@passerelle/cms/runtime';
import {
  booleanFlag,
  composedSubgraph,
  composedSubgraphs,
  DEFAULT_PORTS,
  dataDir,
  loadOrCreateSecrets,
  port,
  postgresUrl,
  readConfig,
  secretsEnvironment,
} from '@passerelle/platform/config';
import { ConfigurationError } from '@passerelle/platform/errors';
import { clearRunningPlatform, recordRunningPlatform } from '@passerelle/platform/service';
import { prettyFactory } from 'pino-pretty';
import { Supervisor } from './supervisor';

/**
 * `npm start`: the whole platform on one machine. Runs embedded PostgreSQL (unless DATABASE_URL
 * names a server), the CMS (Strapi) and every subgraph (the content subgraph once the CMS is up),
 * then the gateway, each as its own process as in production, with their logs prefixed and
 * readable. Only the gateway listens beyond this machine: the subgraphs and the CMS listen on
 * loopback, and the subgraphs answer only requests the gateway signed. A service that exits is
 * restarted (see Supervisor). Ctrl-C (or SIGTERM) stops the gateway, the subgraphs, the CMS, then
 * the database.
 */

const root = path.join(__dirname, '..');
const startedAt = Date.now();

/** Where the subgraphs and the CMS listen: never beyond this machine. */
const LOOPBACK = '127.0.0.1';

const pretty = prettyFactory({
  colorize: process.stdout.isTTY,
  translateTime: 'SYS:HH:MM:ss',
  ignore: 'pid,hostname,service,name',
});

function printLine(service: string, line: string): void {
  const prefix = `[${service}]`.padEnd(13);
  const formatted = line.startsWith('{') ? pretty(line).trimEnd() : line;
  for (const text of formatted.split('\n')) process.stdout.write(`${prefix}${text}\n`);
}

let stopping = false;

const supervisor = new Supervisor({
  root,
  print: printLine,
  onFatal: (name) => {
    if (stopping) return;
    printLine('launcher', `${name} could not start; stopping everything`);
    void stopAll(1);
  },
});

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearRunningPlatform();
  await supervisor.stopAll([
    'gateway',
    ...composedSubgraphs().map((subgraph) => subgraph.name),
    'cms',
    'postgres',
  ]);
  process.exit(exitCode);
}

/**
 * The Prisma clients and the CMS's compiled application are generated, not committed: a fresh
 * clone has none. turbo makes them, or finds them up to date in its cache in a fraction of a second.
 */
async function generateSources(): Promise<void> {
  const turbo = path.join(root, 'node_modules', 'turbo', 'bin', 'turbo');
  try {
    await promisify(execFile)(process.execPath, [turbo, 'run', 'generate', '--output-logs=errors-only'], {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run generate failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** Said once, at the start that created the CMS's first administrator: the password stays in .data/. */
function firstAdminNotice(
  { email, adminUrl }: FirstAdminCreated,
  generatedPassword: string | undefined,
): string {
  const password = generatedPassword
    ? `password ${generatedPassword} (kept in ${path.join(dataDir(), 'secrets.json')}; shown only this once)`
    : 'the password in CMS_ADMIN_PASSWORD';
  return `  CMS administrator created: ${email}, ${password}; sign in at ${adminUrl}`;
}

async function main(): Promise<void> {
  const config = readConfig({
    DATABASE_URL: postgresUrl.optional(),
    SEED_DEMO_DATA: booleanFlag(true),
    CONTENT_PORT: port(composedSubgraph('content').port),
    GATEWAY_PORT: port(DEFAULT_PORTS.gateway),
    EMBEDDED_POSTGRES_PORT: port(DEFAULT_PORTS.embeddedPostgres),
  });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  await generateSources();

  // Secrets not given are generated at first start and kept in .data/, never in the repository.
  const secrets = loadOrCreateSecrets(dataDir());
  const env: NodeJS.ProcessEnv = {
    ...secretsEnvironment(secrets),
    CMS_WEBHOOK_URL: `http://${LOOPBACK}:${config.CONTENT_PORT}/webhooks/cms`,
    // Where the content subgraph and the import tell the gateway's cache what changed.
    GATEWAY_URL: `http://${LOOPBACK}:${config.GATEWAY_PORT}`,
    ...process.env,
    SEED_DEMO_DATA: String(config.SEED_DEMO_DATA),
  };
  env.DATABASE_URL =
    config.DATABASE_URL ?? (await supervisor.start('postgres', 'scripts/embedded-postgres.ts', env));

  // The content subgraph reads the CMS: it starts once Strapi answers; the others do not wait.
  const internal = { ...env, HOST: LOOPBACK };
  let createdAdmin: FirstAdminCreated | undefined;
  const cmsUrl = supervisor.start('cms', 'cms/runtime/main.ts', internal, (message) => {
    if (isFirstAdminCreated(message)) createdAdmin = message;
  });
  const subgraphUrls = await Promise.all(
    composedSubgraphs().map(async ({ name, after }) => {
      const serviceEnv = after === 'cms' ? { ...internal, CMS_URL: await cmsUrl } : internal;
      const url = await supervisor.start(name, `subgraphs/${name}/src/main.ts`, serviceEnv);
      return [`${name.toUpperCase()}_URL`, url] as const;
    }),
  );
  const gatewayUrl = await supervisor.start('gateway', 'gateway/src/main.ts', {
    ...env,
    ...Object.fromEntries(subgraphUrls),
  });
  recordRunningPlatform({
    pid: process.pid,
    dataDir: dataDir(),
    embeddedPostgresPort: config.DATABASE_URL ? null : config.EMBEDDED_POSTGRES_PORT,
    gatewayUrl,
  });

  const example =
    '{ department(code: \\"40\\") { name region { name } places(first: 3) { totalCount edges { node { id name commune { name } } } } } }';
  process.stdout.write(
    [
      '',
      `Passerelle is running (ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s).`,
      `  GraphQL gateway: ${gatewayUrl}`,
      '  Try:',
      `    curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
      `      -d '{"query": "${example}"}'`,
      "  As a portal (its territory by default): add -H 'X-Portal: landes'; keys: npm run portal -- create-key landes",
      `  CMS (Strapi), on this machine only: admin panel at ${await cmsUrl}/admin once built (npm run cms:build)`,
      ...(createdAdmin
        ? [
            firstAdminNotice(
              createdAdmin,
              env.CMS_ADMIN_PASSWORD === secrets.cmsAdminPassword ? secrets.cmsAdminPassword : undefined,
            ),
          ]
        : []),
      'Ctrl-C stops everything; the next start reuses the same data.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  if (!stopping) {
    printLine(
      'launcher',
      error instanceof ConfigurationError ? `cannot start: ${error.message}` : String(error),
    );
    void stopAll(1);
  }
});
