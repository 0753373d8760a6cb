/** The pure part of the bench: measures in, ratios, the table and the results file out. */

export interface Latency {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

export interface ScenarioResult {
  passerelle: Latency | null;
  /** Passerelle with one connection: what the direct floor (one client) is compared with. */
  passerelleOneConnection: Latency | null;
  hive: Latency | null;
  direct: Latency | null;
  ratios: {
    passerelleOverHive: number | null;
    gatewayOverDirect: number | null;
    cachedOverUncached: number | null;
  };
  /** Peak RSS in MB per process during the scenario. */
  peakRssMb: Record<string, number>;
  /** CPU-seconds each subgraph spent per gateway request (Passerelle's run). */
  cpuSecondsPerRequest: Record<string, number>;
  note?: string;
  /** The import scenario's own figures. */
  import?: { rows: number; rowsPerSecond: number; peakMemoryMb: number };
}

const ratio = (a: number | undefined, b: number | undefined): number | null =>
  a === undefined || b === undefined || b === 0 ? null : Math.round((a / b) * 100) / 100;

export function withRatios(
  result: Omit<ScenarioResult, 'ratios'>,
  uncached?: ScenarioResult,
): ScenarioResult {
  return {
    ...result,
    ratios: {
      passerelleOverHive: ratio(result.passerelle?.rps, result.hive?.rps),
      gatewayOverDirect: ratio(result.passerelleOneConnection?.p50, result.direct?.p50),
      cachedOverUncached: uncached ? ratio(result.passerelle?.rps, uncached.passerelle?.rps) : null,
    },
  };
}

/** latest.json: scenario name → the three targets and the ratios. */
export function resultsJson(results: Record<string, ScenarioResult>): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

const TARGETS = {
  passerelle: 'Passerelle',
  hive: 'Hive Gateway',
  passerelleOneConnection: 'Passerelle, 1 connection',
  direct: 'subgraphs direct',
};

const cell = (latency: Latency | null): string[] =>
  latency
    ? [latency.rps.toFixed(1), `${latency.p50}`, `${latency.p95}`, `${latency.p99}`, `${latency.errors}`]
    : ['—', '—', '—', '—', '—'];
const orDash = (value: number | null): string => (value === null ? '—' : `${value}×`);
const pairs = (values: Record<string, number>, digits: number): string =>
  Object.entries(values)
    .map(([name, value]) => `${name} ${value.toFixed(digits)}`)
    .join(', ') || '—';

/** One markdown table: a row per scenario and target, then the ratios and the process figures. */
export function resultsTable(results: Record<string, ScenarioResult>): string {
  const lines = [
    '| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const [name, result] of Object.entries(results)) {
    if (!result.passerelle && !result.direct && !result.import) {
      lines.push(`| ${name} | — | | | | | ${result.note ?? ''} |`);
      continue;
    }
    if (result.import) {
      lines.push(
        `| ${name} | import CLI | ${result.import.rowsPerSecond} rows/s | | | | ${result.import.rows} rows, peak ${result.import.peakMemoryMb} MB |`,
      );
      continue;
    }
    for (const target of ['passerelle', 'hive', 'passerelleOneConnection', 'direct'] as const) {
      if (!result[target]) continue;
      lines.push(`| ${name} | ${TARGETS[target]} | ${cell(result[target]).join(' | ')} |`);
    }
  }
  lines.push(
    '',
    '| scenario | Passerelle ÷ Hive (req/s) | gateway p50 (1 connection) ÷ direct p50 | cached ÷ uncached | peak RSS MB | subgraph CPU-s per request | note |',
  );
  lines.push('|---|---:|---:|---:|---|---|---|');
  for (const [name, result] of Object.entries(results)) {
    lines.push(
      `| ${name} | ${orDash(result.ratios.passerelleOverHive)} | ${orDash(result.ratios.gatewayOverDirect)} | ${orDash(result.ratios.cachedOverUncached)} | ${pairs(result.peakRssMb, 0)} | ${pairs(result.cpuSecondsPerRequest, 4)} | ${result.note ?? ''} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The direct floor of a query: its subgraph fetches (as a gateway made them) grouped in stages,
 * the fetches of a stage overlapping in time (parallel), each stage starting after the last ended.
 */
export function criticalPathStages<Fetch extends { start: number; end: number }>(
  fetches: Fetch[],
): Fetch[][] {
  const stages: Fetch[][] = [];
  let stageEnd = Number.NEGATIVE_INFINITY;
  for (const fetch of [...fetches].sort((a, b) => a.start - b.start)) {
    const current = stages.at(-1);
    if (current && fetch.start < stageEnd) {
      current.push(fetch);
      stageEnd = Math.max(stageEnd, fetch.end);
    } else {
      stages.push([fetch]);
      stageEnd = fetch.end;
    }
  }
  return stages;
}

export function percentiles(samples: number[], seconds: number, errors: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted.length
      ? Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] as number) * 10) /
        10
      : 0;
  return {
    rps: Math.round((samples.length / seconds) * 10) / 10,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors,
  };
}
