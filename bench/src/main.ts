import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@passerelle/platform/auth';
import { REPOSITORY_ROOT } from '@passerelle/platform/config';
import { dropDatabase, ensureDatabase, prepareDatabase, withDatabase } from '@passerelle/platform/database';
import autocannon from 'autocannon';
import { type BenchPlatform, startBenchPlatform } from './platform';
import { cpuSeconds, sampleRss } from './processes';
import {
  criticalPathStages,
  type Latency,
  percentiles,
  resultsJson,
  resultsTable,
  type ScenarioResult,
  withRatios,
} from './report';
import { ENTITIES_QUERY, entityRepresentations, graphqlScenarios, type Scenario } from './scenarios';

/**
 * npm run bench [-- --duration 15 --connections 8 --scenario <name> --places 100000 --reuse --profile]
 *
 * Passerelle's gateway against Hive Gateway on the same subgraphs, and the same data fetched
 * straight from the subgraphs: see README, "Performance".
 */

const SUBGRAPHS = ['governance', 'directory', 'funding', 'content'];
const NOT_MEASURED = {
  passerelle: null,
  passerelleOneConnection: null,
  hive: null,
  direct: null,
  peakRssMb: {},
  cpuSecondsPerRequest: {},
};
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPOSITORY_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

const importArgs = (file: string, source: string, report: string) => [
  // The same heap limit as `npm run import`.
  '--max-old-space-size=256',
  '--import',
  'tsx',
  'subgraphs/directory/src/cli/import.ts',
  file,
  '--source',
  source,
  '--report',
  report,
];

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return response.json();
}

/** A request straight to a subgraph, signed as the gateway signs it. */
function signed(platform: BenchPlatform, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(platform.gatewaySecret, body, undefined),
  };
}

/**
 * autocannon for `seconds`: latencies from each response (autocannon's own histogram has no p95),
 * and as errors the failed, timed-out and non-2xx requests and the answers carrying GraphQL errors.
 */
async function load(
  url: string,
  requestBody: (index: number) => string,
  headers: (body: string) => Record<string, string>,
  seconds: number,
  connections: number,
): Promise<Latency> {
  let index = 0;
  let graphqlErrors = 0;
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => {
              const body = requestBody(index++);
              return {
                ...request,
                method: 'POST',
                body,
                headers: { 'content-type': 'application/json', ...headers(body) },
              };
            },
            onResponse: (_status, body) => {
              if (body.includes('"errors":')) graphqlErrors++;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
  return percentiles(samples, seconds, result.errors + result.timeouts + result.non2xx + graphqlErrors);
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const subgraphCpu = (platform: BenchPlatform) =>
  Object.fromEntries(SUBGRAPHS.map((name) => [name, cpuSeconds(platform.pids[name] as number)]));

interface TracedFetch {
  url: string;
  body: string;
  start: number;
  end: number;
}

/** One query through Hive Gateway, traced: the subgraph fetches it made, in stages. */
async function traceFetches(
  platform: BenchPlatform,
  body: string,
  headers: Record<string, string>,
): Promise<TracedFetch[][]> {
  rmSync(platform.traceFile, { force: true });
  await post(platform.hiveUrl, body, { ...headers, 'x-bench-trace': '1' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const fetches = readFileSync(platform.traceFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as TracedFetch);
  return criticalPathStages(fetches);
}

/**
 * The direct floor: each stage's fetches sent straight to the subgraphs (in parallel), stage after
 * stage, by one client at a time, so its p50 is the sum of the fetches on the critical path.
 */
async function direct(platform: BenchPlatform, stages: TracedFetch[][], seconds: number): Promise<Latency> {
  const samples: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const started = performance.now();
    try {
      for (const stage of stages) {
        await Promise.all(
          stage.map(async (fetched) => {
            const response = await fetch(fetched.url, {
              method: 'POST',
              headers: signed(platform, fetched.body),
              body: fetched.body,
            });
            const answer = (await response.json()) as { errors?: unknown };
            if (!response.ok || answer.errors) throw new Error(JSON.stringify(answer.errors));
          }),
        );
      }
      samples.push(performance.now() - started);
    } catch {
      errors++;
    }
  }
  return percentiles(samples, seconds, errors);
}

async function placeIds(platform: BenchPlatform): Promise<string[]> {
  const answer = (await post(
    platform.passerelleUrl,
    JSON.stringify({
      query:
        '{ places(filter: { territory: { kind: DEPARTMENT, code: "40" } }, first: 100) { edges { node { id } } } }',
    }),
  )) as { data: { places: { edges: { node: { id: string } }[] } } };
  return answer.data.places.edges.map((edge) => edge.node.id);
}

/** Both gateways must give the same data to the scenario's query before either is measured. */
async function checkIdentical(platform: BenchPlatform, scenario: Scenario): Promise<string | undefined> {
  for (const index of [0, 1, 2]) {
    const body = JSON.stringify({ query: scenario.query, variables: scenario.variables(index) });
    const [ours, hive] = (await Promise.all([
      post(platform.passerelleUrl, body, scenario.headers),
      post(platform.hiveUrl, body, scenario.headers),
    ])) as { data?: unknown; errors?: unknown }[];
    if (ours?.errors || hive?.errors)
      return `errors: ${JSON.stringify(ours?.errors ?? hive?.errors).slice(0, 300)}`;
    if (JSON.stringify(ours?.data) !== JSON.stringify(hive?.data))
      return 'the two gateways answered differently';
  }
  return undefined;
}

/**
 * A GraphQL scenario: both gateways' answers compared, a warm-up, then Passerelle (its subgraphs'
 * CPU counted), Hive Gateway, Passerelle with one connection, and the direct fetches of the query.
 */
async function measureScenario(
  platform: BenchPlatform,
  scenario: Scenario,
  seconds: number,
  connections: number,
): Promise<ScenarioResult> {
  const mismatch = await checkIdentical(platform, scenario);
  if (mismatch) {
    log(`${scenario.name}: ${mismatch}`);
    return withRatios({ ...NOT_MEASURED, note: `error: ${mismatch}` });
  }
  const body = (index: number) =>
    JSON.stringify({ query: scenario.query, variables: scenario.variables(index) });
  const headers = () => scenario.headers ?? {};
  log(`${scenario.name}: warm-up, then ${seconds} s per target…`);
  const stopSampling = sampleRss(platform.pids);
  await load(platform.passerelleUrl, body, headers, 2, connections);
  await load(platform.hiveUrl, body, headers, 2, connections);
  const before = subgraphCpu(platform);
  const passerelle = await load(platform.passerelleUrl, body, headers, seconds, connections);
  const after = subgraphCpu(platform);
  const hive = await load(platform.hiveUrl, body, headers, seconds, connections);
  const passerelleOneConnection = await load(platform.passerelleUrl, body, headers, seconds, 1);
  const stages = await traceFetches(platform, body(0), headers());
  const floor = await direct(platform, stages, seconds);
  const requests = Math.max(1, passerelle.rps * seconds);
  return withRatios({
    passerelle,
    passerelleOneConnection,
    hive,
    direct: floor,
    peakRssMb: stopSampling(),
    cpuSecondsPerRequest: Object.fromEntries(
      SUBGRAPHS.map((name) => [
        name,
        round4(((after[name] as number) - (before[name] as number)) / requests),
      ]),
    ),
    note: `direct: 1 client, ${stages.flat().length} fetch(es) in ${stages.length} stage(s), as Hive Gateway made them`,
  });
}

/**
 * The same load through the gateway whose response cache is on, after a warm-up that fills it
 * (for rotating variables, the first round over them): what a portal's visitors get once a page
 * was seen, until a change purges it.
 */
/** Sends requests 0…count-1 once each, `connections` at a time. */
async function prime(
  url: string,
  requestBody: (index: number) => string,
  headers: (body: string) => Record<string, string>,
  count: number,
  connections: number,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const body = requestBody(next++);
      await post(url, body, headers(body));
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, count) }, worker));
}

async function measureCached(
  platform: BenchPlatform,
  scenario: Scenario,
  seconds: number,
  connections: number,
  uncached: ScenarioResult | undefined,
): Promise<ScenarioResult> {
  const body = (index: number) =>
    JSON.stringify({ query: scenario.query, variables: scenario.variables(index) });
  const headers = () => scenario.headers ?? {};
  log(`${scenario.name}-cached: each of its ${scenario.variants} requests once, then ${seconds} s…`);
  const stopSampling = sampleRss({ 'gateway-cached': platform.pids['gateway-cached'] as number });
  // A portal's cache after a while: every page asked once (a 2 s warm-up would leave most of a
  // rotating scenario's pages uncached, and measure misses).
  await prime(platform.cachedPasserelleUrl, body, headers, scenario.variants, connections);
  const passerelle = await load(platform.cachedPasserelleUrl, body, headers, seconds, connections);
  return withRatios(
    {
      ...NOT_MEASURED,
      passerelle,
      peakRssMb: stopSampling(),
      note: `Passerelle with its response cache (in memory), same requests, each of the ${scenario.variants} asked once before`,
    },
    uncached,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '15' },
      connections: { type: 'string', default: '8' },
      scenario: { type: 'string', multiple: true },
      places: { type: 'string', default: '100000' },
      reuse: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', '.data') },
      results: { type: 'string', default: path.join(REPOSITORY_ROOT, 'bench', 'results') },
    },
  });
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const placeCount = Number(values.places);
  const dataDir = path.resolve(values['data-dir']);
  const wanted = (name: string) =>
    !values.scenario || values.scenario.some((asked) => asked === name || `${asked}-cached` === name);
  if (!values.reuse) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const placesFile = path.join(dataDir, `places-${placeCount}.csv`);
  const reportFile = path.join(dataDir, 'import-report.json');

  log(`starting the platform and Hive Gateway (data in ${dataDir}, logs in ${dataDir}/services.log)…`);
  const platform = await startBenchPlatform(dataDir, path.join(dataDir, 'services.log'), {
    profile: values.profile,
  });
  const results: Record<string, ScenarioResult> = {};
  try {
    const directoryUrl = withDatabase(platform.databaseUrl, 'passerelle_directory');
    const importEnv = { ...process.env, DIRECTORY_DATABASE_URL: directoryUrl, LOG_LEVEL: 'warn' };
    if (!existsSync(placesFile)) {
      log(`generating ${placeCount} places…`);
      await runNode(
        [
          '--import',
          'tsx',
          'subgraphs/directory/src/cli/generate-places.ts',
          '--places',
          String(placeCount),
          '--output',
          placesFile,
        ],
        importEnv,
      );
    }
    if (!values.reuse) {
      log(`importing them into the directory…`);
      await runNode(importArgs(placesFile, 'bench', reportFile), importEnv);
    }

    const scenarios = graphqlScenarios(await placeIds(platform));
    for (const scenario of scenarios) {
      if (wanted(scenario.name))
        results[scenario.name] = await measureScenario(platform, scenario, seconds, connections);
      if (wanted(`${scenario.name}-cached`))
        results[`${scenario.name}-cached`] = await measureCached(
          platform,
          scenario,
          seconds,
          connections,
          results[scenario.name],
        );
    }

    if (wanted('entities')) {
      const body = JSON.stringify({ query: ENTITIES_QUERY, variables: { r: entityRepresentations() } });
      for (const subgraph of SUBGRAPHS) {
        log(`entities-${subgraph}: ${seconds} s…`);
        const url = platform.subgraphUrls[subgraph] as string;
        const stopSampling = sampleRss({ [subgraph]: platform.pids[subgraph] as number });
        const before = subgraphCpu(platform);
        const latency = await load(
          url,
          () => body,
          (sent) => signed(platform, sent),
          seconds,
          connections,
        );
        const cpu = (subgraphCpu(platform)[subgraph] as number) - (before[subgraph] as number);
        results[`entities-${subgraph}`] = withRatios({
          ...NOT_MEASURED,
          direct: latency,
          peakRssMb: stopSampling(),
          cpuSecondsPerRequest: { [subgraph]: round4(cpu / Math.max(1, latency.rps * seconds)) },
          note: `_entities, 100 Department representations, signed, straight to the subgraph, ${connections} connections`,
        });
      }
    }

    if (wanted('import')) {
      log(`import: ${placeCount} rows into a scratch database…`);
      const scratch = withDatabase(platform.databaseUrl, 'bench_import');
      await dropDatabase(scratch, 'bench import database').catch(() => undefined);
      await ensureDatabase(scratch, 'bench import database');
      await prepareDatabase(
        scratch,
        path.join(REPOSITORY_ROOT, 'subgraphs', 'directory', 'prisma', 'migrations'),
        'bench import database',
      );
      const importReport = path.join(dataDir, 'import-scenario.json');
      await runNode(importArgs(placesFile, 'bench-import', importReport), {
        ...process.env,
        DIRECTORY_DATABASE_URL: scratch,
      });
      const report = JSON.parse(readFileSync(importReport, 'utf8')) as {
        counts: { read: number };
        rowsPerSecond: number;
        peakMemoryMb: number;
      };
      await dropDatabase(scratch, 'bench import database');
      results.import = withRatios({
        ...NOT_MEASURED,
        peakRssMb: { import: report.peakMemoryMb },
        cpuSecondsPerRequest: {},
        import: {
          rows: report.counts.read,
          rowsPerSecond: report.rowsPerSecond,
          peakMemoryMb: report.peakMemoryMb,
        },
      });
    }
  } finally {
    await platform.stop();
  }

  const table = resultsTable(results);
  process.stdout.write(table);
  mkdirSync(values.results, { recursive: true });
  writeFileSync(path.join(values.results, 'latest.json'), resultsJson(results));
  const heading = `# npm run bench — ${new Date().toISOString()}\n\n${placeCount} places, ${connections} connections, ${seconds} s per target, after a 2 s warm-up each.\n\n`;
  writeFileSync(path.join(values.results, 'latest.md'), heading + table);
}

main().catch((error) => {
  log((error as Error).stack ?? String(error));
  process.exit(1);
});
