import { rmSync } from 'node:fs';
import { type Launch, launch, launchSettings, pidOf, SUBGRAPHS, waitFor } from '../src/launcher';
import { type Answer, percentile, startTraffic, type Traffic } from '../src/portal-traffic';

/**
 * Faults under load, on `npm start` itself: while portal clients query the gateway, each subgraph
 * and the CMS is killed (the launcher restarts it) and stalled (SIGSTOP, then SIGCONT), and
 * PostgreSQL is restarted. No request may hang past its timeout, answers are partial with typed
 * errors, never a 5xx, and everything recovers without a manual restart.
 */

const SUBGRAPH_TIMEOUT_MS = 2000;
const CLIENT_TIMEOUT_MS = 15_000;
const STALL_MS = 6000;
const SETTLE_MS = 5000;

let launched: Launch;
let dataDir: string;
let traffic: Traffic;
const faults: { fault: string; from: number; to: number; recoveredAfterMs?: number }[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const settings = await launchSettings('faults');
  dataDir = settings.dataDir;
  launched = launch(dataDir, {
    ...settings.ports,
    LOG_LEVEL: 'warn',
    SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
  });
  await waitFor(launched, 'Passerelle is running', 300_000);
  traffic = startTraffic(`http://localhost:${settings.ports.GATEWAY_PORT}/graphql`, 4, CLIENT_TIMEOUT_MS);
});

afterAll(async () => {
  await traffic?.stop();
  launched?.child.kill('SIGINT');
  await launched?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const elapsed = () => traffic.answers.at(-1)?.at ?? 0;

/** Runs a fault, then waits until every answer is whole again; records when. */
async function inject(fault: string, run: () => Promise<void>): Promise<void> {
  const from = elapsed();
  await run();
  const to = elapsed();
  const deadline = Date.now() + 120_000;
  // Recovered: ten answers in a row, all whole, sent after the fault ended.
  for (;;) {
    const after = traffic.answers.filter((answer) => answer.at > to);
    const lastTen = after.slice(-10);
    if (lastTen.length === 10 && lastTen.every((answer) => answer.ok)) {
      faults.push({ fault, from, to, recoveredAfterMs: Math.round((lastTen[0] as Answer).at - to) });
      break;
    }
    if (Date.now() > deadline) {
      faults.push({ fault, from, to });
      break;
    }
    await sleep(200);
  }
  await sleep(SETTLE_MS);
}

async function killAndRestart(service: string): Promise<void> {
  const outputBefore = launched.output().length;
  process.kill(pidOf(launched, service), 'SIGKILL');
  await waitFor(launched, `${service} ready (pid`, 120_000, outputBefore);
}

async function stall(service: string): Promise<void> {
  const pid = pidOf(launched, service);
  process.kill(pid, 'SIGSTOP');
  await sleep(STALL_MS);
  process.kill(pid, 'SIGCONT');
}

async function restartPostgres(): Promise<void> {
  // A clean stop (SIGTERM), as an operator's restart does; the launcher starts it again.
  const outputBefore = launched.output().length;
  process.kill(pidOf(launched, 'postgres'), 'SIGTERM');
  await waitFor(launched, 'postgres ready (pid', 120_000, outputBefore);
}

describe('faults under load', () => {
  it('answers every request in time, partially with typed errors, and recovers from each fault alone', async () => {
    await sleep(10_000);
    for (const service of [...SUBGRAPHS, 'cms']) {
      await inject(`${service} killed`, () => killAndRestart(service));
      await inject(`${service} stalled ${STALL_MS / 1000} s`, () => stall(service));
    }
    await inject('PostgreSQL restarted', restartPostgres);
    await sleep(10_000);
    await traffic.stop();

    const answers = traffic.answers;
    const hung = answers.filter((answer) => answer.hung);
    const serverErrors = answers.filter((answer) => answer.status >= 500);
    const codes = new Map<string, number>();
    for (const code of answers.flatMap((answer) => answer.errorCodes))
      codes.set(code, (codes.get(code) ?? 0) + 1);
    const partial = answers.filter((answer) => answer.status === 200 && answer.errorCodes.length).length;
    console.info(
      [
        `faults under load: ${answers.length} requests, ${answers.filter((answer) => answer.ok).length} whole, ${partial} partial, ${hung.length} hung, ${serverErrors.length} 5xx`,
        `latency p50 ${Math.round(
          percentile(
            answers.map((answer) => answer.ms),
            50,
          ),
        )} ms, p99 ${Math.round(
          percentile(
            answers.map((answer) => answer.ms),
            99,
          ),
        )} ms, max ${Math.round(Math.max(...answers.map((answer) => answer.ms)))} ms`,
        `error codes: ${[...codes].map(([code, count]) => `${code} ${count}`).join(', ')}`,
        ...faults.map(
          ({ fault, from, to, recoveredAfterMs }) =>
            `  ${fault} at ${(from / 1000).toFixed(0)}–${(to / 1000).toFixed(0)} s: ${recoveredAfterMs === undefined ? 'NOT recovered' : `whole answers again ${recoveredAfterMs} ms after`}`,
        ),
      ].join('\n'),
    );

    expect(hung).toEqual([]);
    expect(serverErrors).toEqual([]);
    // Partial answers say why: a subgraph or the database was unavailable, nothing else.
    expect([...codes.keys()].filter((code) => code !== 'UNAVAILABLE')).toEqual([]);
    // The gateway's timeout bounds every answer (with a margin for a busy machine).
    expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(SUBGRAPH_TIMEOUT_MS * 3 + 2000);
    expect(faults.filter((fault) => fault.recoveredAfterMs === undefined)).toEqual([]);
  });
});
