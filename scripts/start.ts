import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import {
  booleanFlag,
  ConfigurationError,
  dataDir,
  loadOrCreateSecrets,
  port,
  postgresUrl,
  type ReadyMessage,
  readConfig,
} from '@passerelle/kit';
import { prettyFactory } from 'pino-pretty';
import composition from '../schema/subgraphs.json';

/**
 * `npm start`: the whole platform on one machine. Runs embedded PostgreSQL (unless DATABASE_URL
 * names a server), the CMS (Strapi) and every subgraph (the content subgraph once the CMS is up),
 * then the gateway, each as its own process as in production, with their logs prefixed and
 * readable. Ctrl-C (or SIGTERM) stops the gateway, the subgraphs, the CMS, then the database.
 */

const root = path.join(__dirname, '..');
const startedAt = Date.now();

interface Service {
  name: string;
  entry: string;
  child?: ChildProcess;
}

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
const running: Service[] = [];

/** Starts one service and resolves with its URL once it reports ready. */
function startService(service: Service, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, service.entry)], {
      cwd: root,
      env,
      // Its own process group: Ctrl-C reaches the launcher only, which stops services in order.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    service.child = child;
    running.push(service);
    for (const stream of [child.stdout, child.stderr]) {
      if (stream)
        readline.createInterface({ input: stream }).on('line', (line) => printLine(service.name, line));
    }
    child.on('message', (message: ReadyMessage) => {
      if (message.type === 'ready') resolve(message.url);
    });
    child.on('exit', (code, signal) => {
      running.splice(running.indexOf(service), 1);
      if (stopping) return;
      const reason = `${service.name} exited (${signal ?? `code ${code}`})`;
      reject(new Error(reason));
      printLine('launcher', `${reason}; stopping everything`);
      void stopAll(1);
    });
  });
}

function stopService(service: Service): Promise<void> {
  const child = service.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const inOrder = ['gateway', ...composition.subgraphs.map((subgraph) => subgraph.name), 'cms', 'postgres'];
  for (const name of inOrder) {
    const services = running.filter((service) => service.name === name);
    await Promise.all(services.map(stopService));
  }
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const config = readConfig({
    DATABASE_URL: postgresUrl.optional(),
    SEED_DEMO_DATA: booleanFlag(true),
    CONTENT_PORT: port(4004),
  });
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  // Secrets not given are generated at first start and kept in .data/, never in the repository.
  const secrets = loadOrCreateSecrets(dataDir());
  const env: NodeJS.ProcessEnv = {
    AUTH_SECRET: secrets.authSecret,
    CMS_SECRET: secrets.cmsSecret,
    CMS_API_TOKEN: secrets.cmsApiToken,
    CMS_WEBHOOK_SECRET: secrets.cmsWebhookSecret,
    CMS_WEBHOOK_URL: `http://localhost:${config.CONTENT_PORT}/webhooks/cms`,
    ...process.env,
    SEED_DEMO_DATA: String(config.SEED_DEMO_DATA),
  };
  env.DATABASE_URL =
    config.DATABASE_URL ??
    (await startService({ name: 'postgres', entry: 'scripts/embedded-postgres.ts' }, env));

  // The content subgraph reads the CMS: it starts once Strapi answers; the others do not wait.
  const cmsUrl = startService({ name: 'cms', entry: 'cms/runtime/main.ts' }, env);
  const subgraphUrls = await Promise.all(
    composition.subgraphs.map(async ({ name }) => {
      const serviceEnv = name === 'content' ? { ...env, CMS_URL: await cmsUrl } : env;
      const url = await startService({ name, entry: `subgraphs/${name}/src/main.ts` }, serviceEnv);
      return [`${name.toUpperCase()}_URL`, url] as const;
    }),
  );
  const gatewayUrl = await startService(
    { name: 'gateway', entry: 'gateway/src/main.ts' },
    { ...env, ...Object.fromEntries(subgraphUrls) },
  );

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
      `  CMS (Strapi): ${await cmsUrl}/api, admin panel at ${await cmsUrl}/admin once built (npm run cms:build)`,
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
