import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { composedSubgraphs } from '@passerelle/platform/config';
import { freePort } from '@passerelle/platform/testing';

/**
 * `npm start` run as a newcomer runs it (no DATABASE_URL: embedded PostgreSQL in its own DATA_DIR),
 * on free ports so that a platform already running here does not get in the way.
 */

export const REPOSITORY_ROOT = path.join(__dirname, '..', '..');

/** The subgraphs `npm start` runs: those of schema/subgraphs.json. */
export const SUBGRAPHS = composedSubgraphs().map(({ name }) => name);

/** Every service `npm start` runs, by its `<NAME>_PORT` setting. */
const SERVICE_PORTS = ['GATEWAY', ...SUBGRAPHS.map((name) => name.toUpperCase()), 'CMS', 'EMBEDDED_POSTGRES'];

export interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** A fresh data folder and a free port for every service. */
export async function launchSettings(
  label: string,
): Promise<{ dataDir: string; ports: Record<string, string> }> {
  const ports: Record<string, string> = {};
  for (const name of SERVICE_PORTS) ports[`${name}_PORT`] = String(await freePort());
  return { dataDir: path.join(tmpdir(), `passerelle-${label}-${randomBytes(4).toString('hex')}`), ports };
}

export function launch(dataDir: string, env: Record<string, string>): Launch {
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: REPOSITORY_ROOT,
    env: { ...inherited, LOG_LEVEL: 'info', ...env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until the launcher's output holds `text` (after `from` characters, when given). */
export async function waitFor(launched: Launch, text: string, timeoutMs = 120_000, from = 0): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!launched.output().slice(from).includes(text)) {
    if (launched.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`"${text}" never appeared:\n${launched.output().slice(-5000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The process id the launcher last reported for a service ("directory ready (pid 1234)"). */
export function pidOf(launched: Launch, service: string): number {
  const matches = [...launched.output().matchAll(new RegExp(`${service} ready \\(pid (\\d+)\\)`, 'g'))];
  const pid = Number(matches.at(-1)?.[1]);
  if (!pid) throw new Error(`no pid reported for ${service}`);
  return pid;
}

/** Runs an npm script of the repository as a user would, in a shell without the platform's settings. */
export async function npmRun(args: string[], env: Record<string, string> = {}) {
  const {
    DATABASE_URL: _external,
    DATA_DIR: _data,
    EMBEDDED_POSTGRES_PORT: _port,
    ...inherited
  } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', ...args], {
      cwd: REPOSITORY_ROOT,
      env: { ...inherited, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
