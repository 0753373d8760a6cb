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
