import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTerritoryReferential } from '@passerelle/contracts/territories';
import { readConfig } from '@passerelle/platform/config';
import { dropDatabase, ensureDatabase, prepareDatabase, withDatabase } from '@passerelle/platform/database';
import { startEmbeddedPostgres } from '@passerelle/platform/embedded-postgres';
import { createLogger } from '@passerelle/platform/service';
import { postToSubgraph, TEST_SUBGRAPH_SECURITY } from '@passerelle/platform/testing';
import { z } from 'zod';
import { createPrismaClient, migrationsDir } from '../src/database';
import type { ImportReport } from '../src/import/import-report';
import { startDirectoryServer } from '../src/server';

/**
 * npm run bench:directory [-- --places 100000 --queries 300]
 *
 * Over N generated places: import throughput and the import's peak memory (the real command, in its
 * own process), search latency at the subgraph (a search around a point with two filters, and the
 * facets of the same filter, in one request), and the SQL queries 100 entity references cost.
 * Latencies are also given as a ratio to a trivial query timed in the same run, because this
 * machine is shared and absolute times drift.
 */

const root = path.join(__dirname, '..', '..', '..');

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] as number;
}

function run(command: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command.join(' ')} exited with ${code}`)),
    );
  });
}

async function timed<T>(work: () => Promise<T>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { places: { type: 'string', default: '100000' }, queries: { type: 'string', default: '300' } },
  });
  const placeCount = Number(values.places);
  const queryCount = Number(values.queries);
  const { DATABASE_URL } = readConfig({ DATABASE_URL: z.string().optional() });
  const embedded = DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: path.join(tmpdir(), `passerelle-bench-${randomBytes(4).toString('hex')}`),
        port: 40000 + Math.floor(Math.random() * 20000),
        portSetting: 'bench PostgreSQL port',
        persistent: false,
      });
  const serverUrl = DATABASE_URL ?? (embedded?.url as string);
  const databaseUrl = withDatabase(serverUrl, `bench_directory_${randomBytes(4).toString('hex')}`);
  const file = path.join(tmpdir(), `bench-places-${placeCount}.csv`);
  const reportFile = `${file}.report.json`;
  try {
    await ensureDatabase(databaseUrl, 'bench database');
    await prepareDatabase(databaseUrl, migrationsDir, 'bench database');
    const env = { ...process.env, DIRECTORY_DATABASE_URL: databaseUrl };

    process.stderr.write(`bench: generating ${placeCount} places…\n`);
    await run(
      [
        '--import',
        'tsx',
        'subgraphs/directory/src/cli/generate-places.ts',
        '--places',
        String(placeCount),
        '--output',
        file,
      ],
      env,
    );

    process.stderr.write('bench: importing them (dry run, then for real)…\n');
    // The same heap limit as `npm run import`.
    const importCommand = [
      '--max-old-space-size=256',
      '--import',
      'tsx',
      'subgraphs/directory/src/cli/import.ts',
      file,
      '--source',
      'bench',
      '--report',
      reportFile,
    ];
    await run([...importCommand, '--dry-run'], env);
    const dryRun = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport;
    await run(importCommand, env);
    const imported = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport;

    const sql: string[] = [];
    const prisma = createPrismaClient(databaseUrl, (statement) => sql.push(statement));
    const server = await startDirectoryServer({
      prisma,
      port: 0,
      logger: createLogger('bench', 'silent'),
      ...TEST_SUBGRAPH_SECURITY,
    });
    const departments = loadTerritoryReferential().departments.filter(
      (department) => department.code.length === 2,
    );
    const searches = Array.from({ length: queryCount }, (_, index) => {
      const department = departments[index % departments.length] as (typeof departments)[number];
      return {
        filter: {
          near: {
            latitude: department.latitude + ((index % 7) - 3) * 0.03,
            longitude: department.longitude + ((index % 5) - 2) * 0.03,
            radiusKm: 15,
          },
          services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
          fees: ['FREE'],
        },
      };
    });
    const searchQuery = `query Search($filter: PlaceFilter) {
      places(filter: $filter, first: 20) { totalCount edges { node { id name distanceKm address { communeName } openingHours { osm } } } }
      placeFacets(filter: $filter) { totalCount services { value count } fees { value count } departments { department { code } count } }
    }`;
    const trivial = () => postToSubgraph(server.url, '{ __typename }');
    for (const search of searches.slice(0, 30)) await postToSubgraph(server.url, searchQuery, search);
    for (let index = 0; index < 30; index++) await trivial();
    // Interleaved, so both see the same machine load.
    const serverTimes: number[] = [];
    const roundTrips: number[] = [];
    const trivialTimes: number[] = [];
    let totalMatches = 0;
    for (const search of searches) {
      roundTrips.push(
        await timed(async () => {
          const { data, errors, headers } = await postToSubgraph(server.url, searchQuery, search);
          if (errors) throw new Error(JSON.stringify(errors));
          totalMatches += data?.places.totalCount;
          serverTimes.push(Number(/dur=([\d.]+)/.exec(headers.get('server-timing') ?? '')?.[1]));
        }),
      );
      trivialTimes.push(await timed(trivial));
    }
    for (const times of [serverTimes, roundTrips, trivialTimes]) times.sort((a, b) => a - b);

    const references = (await prisma.place.findMany({ take: 100, select: { id: true } })).map(({ id }) => ({
      __typename: 'Place',
      id,
    }));
    sql.length = 0;
    await postToSubgraph(
      server.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Place { id name } } }',
      { r: references },
    );
    const referenceQueries = sql.length;
    await server.stop();
    await prisma.$disconnect();

    const p50 = percentile(serverTimes, 0.5);
    const p95 = percentile(serverTimes, 0.95);
    const trivialP50 = percentile(trivialTimes, 0.5);
    const lines = [
      `Directory benchmark — ${placeCount} places, ${queryCount} searches (${new Date().toISOString()})`,
      '',
      `import (${imported.source?.kind} ${imported.source?.version}, ${imported.counts.created} created): ${imported.rowsPerSecond} rows/s, ${(imported.durationMs / 1000).toFixed(1)} s, peak memory ${imported.peakMemoryMb} MB   (goal ≥ 5000 rows/s, ≤ 400 MB)`,
      `  dry run of the same file (read, validate, compare; no write): ${dryRun.rowsPerSecond} rows/s → writing costs ×${(dryRun.rowsPerSecond / imported.rowsPerSecond).toFixed(2)}`,
      `search near a point (15 km) + 2 filters + facets, one request, time in the subgraph (Server-Timing): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${(serverTimes.at(-1) ?? 0).toFixed(1)} ms   (goal p95 ≤ 30 ms)`,
      `  seen by a client on the same machine (HTTP round trip): p50 ${percentile(roundTrips, 0.5).toFixed(1)} ms, p95 ${percentile(roundTrips, 0.95).toFixed(1)} ms`,
      `  average matches per search: ${Math.round(totalMatches / queryCount)}`,
      `  same run, trivial query { __typename } round trip: p50 ${trivialP50.toFixed(2)} ms → a search round trip = ×${(percentile(roundTrips, 0.5) / trivialP50).toFixed(1)} a trivial one`,
      `SQL queries for 100 entity references: ${referenceQueries}   (goal ≤ 2)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await dropDatabase(databaseUrl, 'bench database').catch(() => undefined);
    await embedded?.stop();
    rmSync(reportFile, { force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`bench: ${(error as Error).stack}\n`);
  process.exit(1);
});
