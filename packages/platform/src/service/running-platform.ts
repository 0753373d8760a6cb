import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../config/repository';

/**
 * What `npm start` tells the commands (import, export, token) while it runs: its data folder and
 * the port of its embedded PostgreSQL, so that they work on the running platform whatever
 * DATA_DIR or EMBEDDED_POSTGRES_PORT it was started with. Kept outside the data folder (which it
 * names), in the system's temporary folder, one file per clone of the repository.
 */
export interface RunningPlatform {
  pid: number;
  dataDir: string;
  /** Null when the platform runs on the server of DATABASE_URL rather than an embedded one. */
  embeddedPostgresPort: number | null;
  gatewayUrl: string;
}

function recordFile(): string {
  const clone = createHash('sha256').update(REPOSITORY_ROOT).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `passerelle-running-${clone}.json`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function recordRunningPlatform(platform: RunningPlatform): void {
  writeFileSync(recordFile(), `${JSON.stringify(platform, null, 2)}\n`, { mode: 0o600 });
}

export function clearRunningPlatform(): void {
  rmSync(recordFile(), { force: true });
}

/** The platform `npm start` runs from this clone, or undefined when none runs. */
export function findRunningPlatform(): RunningPlatform | undefined {
  let platform: RunningPlatform;
  try {
    platform = JSON.parse(readFileSync(recordFile(), 'utf8')) as RunningPlatform;
  } catch {
    return undefined;
  }
  return isAlive(platform.pid) ? platform : undefined;
}
