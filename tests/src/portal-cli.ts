import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const REPOSITORY_ROOT = path.join(__dirname, '..', '..');
const PORTAL_CLI = path.join(REPOSITORY_ROOT, 'gateway', 'src', 'cli', 'portal.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run portal -- <args>`, run for real as a child process on the gateway's database. */
export async function runPortalCli(gatewayDatabaseUrl: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', PORTAL_CLI, ...args],
      {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, GATEWAY_DATABASE_URL: gatewayDatabaseUrl },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout?: string; stderr?: string };
    return { code: code ?? 1, stdout: stdout ?? '', stderr: stderr ?? '' };
  }
}

/** The key `create-key` or `rotate` printed, and its id. */
export function createdKey(result: CliResult): { id: string; key: string } {
  const id = /Key ([0-9a-f-]{36})/.exec(result.stdout)?.[1];
  const key = /^pk_\S+$/m.exec(result.stdout)?.[0];
  if (!id || !key) throw new Error(`no key in the output:\n${result.stdout}${result.stderr}`);
  return { id, key };
}

/**
 * Lets pages on `pattern` (`http://127.0.0.1:*`) call the gateway for a portal, and waits until the
 * running gateway has read it (within PORTAL_REFRESH_SECONDS): a page on `origin` gets an export.
 */
export async function allowOrigins(
  platform: { gatewayUrl: string; gatewayDatabaseUrl: string },
  portal: string,
  pattern: string,
  origin: string,
): Promise<void> {
  const set = await runPortalCli(platform.gatewayDatabaseUrl, 'set-origins', portal, pattern);
  if (set.code !== 0) throw new Error(`set-origins failed:\n${set.stderr}`);
  const url = new URL('/export/places.json', platform.gatewayUrl);
  url.search = new URLSearchParams({ portal, filter: '{"datasets":[]}' }).toString();
  for (let tries = 0; tries < 60; tries++) {
    const response = await fetch(url, { headers: { origin } });
    await response.body?.cancel();
    if (response.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the gateway never allowed ${origin} for ${portal}`);
}
