import { readFileSync, rmSync } from 'node:fs';
import { type Launch, launch, launchSettings, pidOf, SUBGRAPHS, waitFor } from '../src/launcher';
import { percentile, startTraffic, type Traffic } from '../src/portal-traffic';

/**
 * Soak: mixed portal traffic on `npm start` for SOAK_MINUTES (10 by default). Memory must settle:
 * each service's RSS grows by less than 10 % over the run after the warm-up (its trend, from the
 * medians of the first and last thirds of the samples). Latency must hold (the p95 of the last
 * minutes within 1.5× that of the first), and nothing may fail.
 */

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
/**
 * Until then, memory grows to the working set: V8 widens its heap and the allocator its arenas for
 * two to three minutes under this traffic (measured: the heap after a full GC then stays within
 * 1 %), which is not a leak.
 */
const WARM_UP_MS = Math.min(3, MINUTES * 0.3) * 60_000;
const SAMPLE_EVERY_MS = 15_000;
const SERVICES = ['gateway', ...SUBGRAPHS, 'cms'];

let launched: Launch;
let dataDir: string;
let traffic: Traffic;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
  return Number(line?.[1] ?? 0) / 1024;
}

beforeAll(async () => {
  const settings = await launchSettings('soak');
  dataDir = settings.dataDir;
  launched = launch(dataDir, { ...settings.ports, LOG_LEVEL: 'warn' });
  await waitFor(launched, 'Passerelle is running', 300_000);
  traffic = startTraffic(`http://localhost:${settings.ports.GATEWAY_PORT}/graphql`, 4, 15_000);
});

afterAll(async () => {
  await traffic?.stop();
  launched?.child.kill('SIGINT');
  await launched?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`soak (${MINUTES} minutes of portal traffic)`, () => {
  it('keeps memory flat, latency steady and every answer whole', async () => {
    await sleep(WARM_UP_MS);
    const pids = Object.fromEntries(SERVICES.map((service) => [service, pidOf(launched, service)]));
    const samples: Record<string, number[]> = Object.fromEntries(SERVICES.map((service) => [service, []]));
    const end = Date.now() + MINUTES * 60_000 - WARM_UP_MS;
    while (Date.now() < end) {
      for (const service of SERVICES) samples[service]?.push(rssMb(pids[service] as number));
      await sleep(Math.min(SAMPLE_EVERY_MS, Math.max(0, end - Date.now())));
    }
    for (const service of SERVICES) samples[service]?.push(rssMb(pids[service] as number));
    await traffic.stop();

    const measured = traffic.answers.filter((answer) => answer.at >= WARM_UP_MS);
    const window = Math.min(2 * 60_000, (MINUTES * 60_000 - WARM_UP_MS) / 3);
    const first = measured.filter((answer) => answer.at < WARM_UP_MS + window).map((answer) => answer.ms);
    const last = measured
      .filter((answer) => answer.at >= MINUTES * 60_000 - window)
      .map((answer) => answer.ms);
    const growth = Object.fromEntries(
      SERVICES.map((service) => {
        const series = samples[service] as number[];
        // RSS swings by a fifth between collections: the level at each end is the median of the
        // samples of its third of the run, so a trend shows and a swing does not.
        const third = Math.max(1, Math.floor(series.length / 3));
        const start = percentile(series.slice(0, third), 50);
        const finish = percentile(series.slice(-third), 50);
        // The two thirds' middles are two thirds of the run apart: growth over the whole run is 3/2 of it.
        return [
          service,
          { startMb: Math.round(start), endMb: Math.round(finish), growth: (finish / start - 1) * 1.5 },
        ];
      }),
    );
    const failed = measured.filter((answer) => !answer.ok);
    console.info(
      [
        `soak: ${measured.length} requests after warm-up (${(measured.length / ((MINUTES * 60_000 - WARM_UP_MS) / 1000)).toFixed(1)} req/s), ${failed.length} not whole`,
        `p95 first ${Math.round(window / 60_000)} min ${Math.round(percentile(first, 95))} ms, last ${Math.round(percentile(last, 95))} ms`,
        ...Object.entries(growth).map(
          ([service, { startMb, endMb, growth: ratio }]) =>
            `  ${service}: RSS ${startMb} → ${endMb} MB (trend ${(ratio * 100).toFixed(1)} % over the run); each minute: ${(
              samples[service] as number[]
            )
              .filter((_, index) => index % (60_000 / SAMPLE_EVERY_MS) === 0)
              .map(Math.round)
              .join(' ')}`,
        ),
      ].join('\n'),
    );

    expect(failed.slice(0, 5)).toEqual([]);
    expect(percentile(last, 95)).toBeLessThan(percentile(first, 95) * 1.5);
    for (const [service, { growth: ratio }] of Object.entries(growth)) {
      expect([service, ratio < 0.1]).toEqual([service, true]);
    }
  });
});
