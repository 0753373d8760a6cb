import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  composedSubgraphs,
  loadOrCreateSecrets,
  REPOSITORY_ROOT,
  secretsEnvironment,
} from '@passerelle/platform/config';
import { type ServiceProcess, startServiceProcess, stopProcess } from '@passerelle/platform/service';

/**
 * The platform as in production, like `npm start` does it (each service its own process,
 * NODE_ENV=production, logs at warn) but on the bench's own ports and DATA_DIR, plus Hive Gateway
 * on the same supergraph and subgraphs.
 */

export interface BenchPlatform {
  dataDir: string;
  databaseUrl: string;
  gatewaySecret: string;
  /** Passerelle's gateway with its response cache off: what every uncached scenario measures. */
  passerelleUrl: string;
  /** A second Passerelle gateway on the same subgraphs, its response cache on (the `-cached` twins). */
  cachedPasserelleUrl: string;
  hiveUrl: string;
  subgraphUrls: Record<string, string>;
  /** Process ids by service name (postgres, cms, each subgraph, gateway, hive). */
  pids: Record<string, number>;
  traceFile: string;
  stop(): Promise<void>;
}

const BASE_PORT = 4700;
const LOOPBACK = '127.0.0.1';
/** Loads far beyond a portal's: the gateway's per-caller rate limits must not shape the results. */
const UNLIMITED = String(100_000_000);

async function waitFor(url: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * `profile`: each Passerelle service writes a V8 CPU profile of the whole run when it stops, in
 * `<dataDir>/profiles/<service>/` (open it in Chrome's DevTools, Performance tab).
 */
export async function startBenchPlatform(
  dataDir: string,
  log: string,
  { profile = false }: { profile?: boolean } = {},
): Promise<BenchPlatform> {
  mkdirSync(dataDir, { recursive: true });
  const secrets = loadOrCreateSecrets(dataDir);
  const services: ServiceProcess[] = [];
  const onLine = (name: string) => (line: string) => appendFileSync(log, `[${name}] ${line}\n`);
  const start = async (name: string, entry: string, env: NodeJS.ProcessEnv) => {
    const service = await startServiceProcess({
      entry: path.join(REPOSITORY_ROOT, entry),
      env,
      nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dataDir, 'profiles', name)}`] : [],
      cwd: REPOSITORY_ROOT,
      onLine: onLine(name),
    });
    services.push(service);
    return service;
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    ...secretsEnvironment(secrets),
    EMBEDDED_POSTGRES_PORT: String(BASE_PORT + 50_000),
    CMS_PORT: String(BASE_PORT + 37),
    GATEWAY_PORT: String(BASE_PORT),
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: UNLIMITED,
    RATE_LIMIT_PUBLIC_PER_MINUTE: UNLIMITED,
    RATE_LIMIT_KEY_PER_MINUTE: UNLIMITED,
  };
  delete env.DATABASE_URL;
  const pids: Record<string, number> = {};
  try {
    const postgres = await start('postgres', 'scripts/embedded-postgres.ts', env);
    pids.postgres = postgres.child.pid as number;
    env.DATABASE_URL = postgres.url;
    const internal = { ...env, HOST: LOOPBACK };
    const cms = await start('cms', 'cms/runtime/main.ts', internal);
    pids.cms = cms.child.pid as number;
    const subgraphs = composedSubgraphs();
    const subgraphUrls: Record<string, string> = {};
    const composedUrls: Record<string, string> = {};
    await Promise.all(
      subgraphs.map(async ({ name, url }, index) => {
        const service = await start(name, `subgraphs/${name}/src/main.ts`, {
          ...internal,
          [`${name.toUpperCase()}_PORT`]: String(BASE_PORT + 1 + index),
          CMS_URL: cms.url,
        });
        pids[name] = service.child.pid as number;
        subgraphUrls[name] = service.url;
        composedUrls[url] = service.url;
      }),
    );
    const gatewayEnv = {
      ...env,
      ...Object.fromEntries(
        Object.entries(subgraphUrls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
      ),
    };
    const gateway = await start('gateway', 'gateway/src/main.ts', {
      ...gatewayEnv,
      RESPONSE_CACHE_ENABLED: 'false',
    });
    pids.gateway = gateway.child.pid as number;
    const cachedGateway = await start('gateway-cached', 'gateway/src/main.ts', {
      ...gatewayEnv,
      GATEWAY_PORT: String(BASE_PORT + 20),
      RESPONSE_CACHE_ENABLED: 'true',
    });
    pids['gateway-cached'] = cachedGateway.child.pid as number;

    const traceFile = path.join(dataDir, 'hive-trace.ndjson');
    const hivePort = BASE_PORT + 10;
    const hive: ChildProcess = spawn(
      path.join(REPOSITORY_ROOT, 'node_modules', '.bin', 'hive-gateway'),
      [
        'supergraph',
        path.join(REPOSITORY_ROOT, 'schema', 'supergraph.graphql'),
        '--port',
        String(hivePort),
        '--polling',
        '1h',
      ],
      {
        cwd: path.join(REPOSITORY_ROOT, 'bench'),
        env: {
          ...process.env,
          NODE_ENV: 'production',
          GATEWAY_SECRET: secrets.gatewaySecret,
          BENCH_SUBGRAPH_URLS: JSON.stringify(composedUrls),
          BENCH_TRACE_FILE: traceFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    hive.stdout?.on('data', (chunk) => appendFileSync(log, `[hive] ${chunk}`));
    hive.stderr?.on('data', (chunk) => appendFileSync(log, `[hive] ${chunk}`));
    pids.hive = hive.pid as number;
    const hiveUrl = `http://${LOOPBACK}:${hivePort}/graphql`;
    await waitFor(hiveUrl, 120);

    return {
      dataDir,
      databaseUrl: postgres.url,
      gatewaySecret: secrets.gatewaySecret,
      passerelleUrl: gateway.url,
      cachedPasserelleUrl: cachedGateway.url,
      hiveUrl,
      subgraphUrls,
      pids,
      traceFile,
      stop: async () => {
        await stopProcess(hive);
        for (const service of services.reverse()) await service.stop();
      },
    };
  } catch (error) {
    for (const service of services.reverse()) await service.stop();
    throw error;
  }
}
