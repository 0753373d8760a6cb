import { type ChildProcess, spawn } from 'node:child_process';
import readline from 'node:readline';
import type { ReadyMessage } from './run-service';

export interface ServiceProcessOptions {
  /** The service's entry file (run with tsx), e.g. `subgraphs/funding/src/main.ts`. */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Options for Node itself, e.g. `--cpu-prof` (which NODE_OPTIONS does not accept). */
  nodeArgs?: string[];
  cwd?: string;
  /** Its own process group: a Ctrl-C in a terminal reaches only the parent, which stops it in order. */
  detached?: boolean;
  /** Called as soon as it is spawned, before it is ready (to stop it if start-up is abandoned). */
  onSpawn?: (child: ChildProcess) => void;
  /** Every line it writes on stdout or stderr. */
  onLine?: (line: string) => void;
  /** It ended on its own, after it was ready. */
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** SIGTERM, then SIGKILL if it has not stopped within 10 s. */
  stop(): Promise<void>;
}

/**
 * Runs one service (see `runService`) as a child process and resolves with its URL once it reports
 * ready; rejects, with its last lines of output, if it exits before.
 */
export function startServiceProcess(options: ServiceProcessOptions): Promise<ServiceProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', options.entry], {
      cwd: options.cwd,
      env: options.env,
      detached: options.detached ?? false,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    options.onSpawn?.(child);
    const lastLines: string[] = [];
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      readline.createInterface({ input: stream }).on('line', (line) => {
        lastLines.push(line);
        if (lastLines.length > 20) lastLines.shift();
        options.onLine?.(line);
      });
    }
    let ready = false;
    child.on('message', (message: ReadyMessage) => {
      if (message.type !== 'ready') return;
      ready = true;
      resolve({ url: message.url, child, stop: () => stopProcess(child) });
    });
    child.on('exit', (code, signal) => {
      if (ready) options.onExit?.(code, signal);
      else
        reject(new Error(`${options.entry} exited (${signal ?? `code ${code}`}):\n${lastLines.join('\n')}`));
    });
  });
}

/** Stops a service process: SIGTERM, then SIGKILL if it has not stopped within 10 s. */
export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
