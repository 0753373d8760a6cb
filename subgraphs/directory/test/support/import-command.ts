import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..', '..', '..');

export interface ImportCommand {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Standard output and error so far. */
  output(): string;
}

/** `npm run import -- <args>` as a real process, on the given database. */
export function runImportCommand(databaseUrl: string, args: string[]): ImportCommand {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'subgraphs/directory/src/cli/import.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, DIRECTORY_DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}
