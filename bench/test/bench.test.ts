import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPOSITORY_ROOT } from '@passerelle/platform/config';
import { criticalPathStages, resultsTable, type ScenarioResult, withRatios } from '../src/report';

/**
 * The harness for real on a tiny dataset: the platform and Hive Gateway started, one GraphQL
 * scenario, its cached twin and the import, 1 s each; then the results file and the table.
 */

describe('npm run bench on a tiny dataset', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-'));
  // PostgreSQL's own user must reach its data folder below.
  chmodSync(workDir, 0o755);
  let results: Record<string, ScenarioResult>;
  let table: string;

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/src/main.ts',
        ...['--places', '300', '--duration', '1', '--connections', '2'],
        ...['--scenario', 'search', '--scenario', 'search-cached', '--scenario', 'import'],
        ...['--data-dir', path.join(workDir, 'data'), '--results', path.join(workDir, 'results')],
      ],
      { cwd: REPOSITORY_ROOT, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
    );
    table = stdout;
    results = JSON.parse(readFileSync(path.join(workDir, 'results', 'latest.json'), 'utf8'));
  }, 180_000);

  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('measures the search through both gateways and straight from the subgraphs, without errors', () => {
    const search = results.search as ScenarioResult;
    for (const target of [search.passerelle, search.hive, search.passerelleOneConnection, search.direct]) {
      expect(target).toEqual({
        rps: expect.any(Number),
        p50: expect.any(Number),
        p95: expect.any(Number),
        p99: expect.any(Number),
        errors: 0,
      });
      expect(target?.rps).toBeGreaterThan(0);
      expect(target?.p50).toBeLessThanOrEqual(target?.p95 as number);
      expect(target?.p95).toBeLessThanOrEqual(target?.p99 as number);
    }
    expect(Object.keys(search.peakRssMb).sort()).toEqual(
      [
        'cms',
        'content',
        'directory',
        'funding',
        'gateway',
        'gateway-cached',
        'governance',
        'hive',
        'postgres',
      ].sort(),
    );
    // The ratios are those of the figures beside them.
    expect(withRatios(search).ratios).toEqual(search.ratios);
    expect(search.ratios.passerelleOverHive).toBeCloseTo(
      (search.passerelle?.rps ?? 0) / (search.hive?.rps ?? 1),
      2,
    );
  });

  it('measures the cached twin against the uncached run, and reports the import', () => {
    const cached = results['search-cached'];
    const uncached = results.search;
    expect(cached?.passerelle?.errors).toBe(0);
    expect(cached?.passerelle?.rps).toBeGreaterThan(0);
    expect(cached?.ratios.cachedOverUncached).toBeCloseTo(
      (cached?.passerelle?.rps ?? 0) / (uncached?.passerelle?.rps ?? 1),
      2,
    );
    expect(results.import?.import).toEqual({
      rows: expect.any(Number),
      rowsPerSecond: expect.any(Number),
      peakMemoryMb: expect.any(Number),
    });
    expect(results.import?.import?.rows).toBeGreaterThanOrEqual(300);
  });

  it('prints the table it wrote', () => {
    expect(table).toBe(resultsTable(results));
    expect(readFileSync(path.join(workDir, 'results', 'latest.md'), 'utf8')).toContain(table);
  });
});

describe('the critical path of traced fetches', () => {
  it('groups overlapping fetches in one stage and orders the stages', () => {
    const stages = criticalPathStages([
      { start: 20, end: 30 },
      { start: 0, end: 10 },
      { start: 12, end: 18 },
      { start: 11, end: 19 },
    ]);
    expect(stages).toEqual([
      [{ start: 0, end: 10 }],
      [
        { start: 11, end: 19 },
        { start: 12, end: 18 },
      ],
      [{ start: 20, end: 30 }],
    ]);
  });
});
