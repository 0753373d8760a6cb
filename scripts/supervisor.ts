import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startServiceProcess, stopProcess } from '@passerelle/platform/service';

/** Restart delays after a service exits: doubling from 1 s up to 30 s, back to 1 s once it ran a minute. */
const FIRST_RESTART_DELAY_MS = 1000;
const MAX_RESTART_DELAY_MS = 30_000;
const STABLE_AFTER_MS = 60_000;

export interface SupervisorOptions {
  root: string;
  /** Every line a service writes, and the supervisor's own lines (as service `launcher`). */
  print(service: string, line: string): void;
  /** A service could not start the first time: the platform cannot run (a busy port, a bad setting). */
  onFatal(service: string, error: unknown): void;
}

interface Supervised {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Messages the service sends its parent besides "ready" (the CMS says when it created its admin). */
  onMessage?: (message: unknown) => void;
  child?: ChildProcess;
  restartDelayMs: number;
  restartTimer?: NodeJS.Timeout;
}

/**
 * Runs each service of `npm start` as its own process and keeps it running: a service that exits
 * after it was ready is restarted with a growing delay (logged), while the others go on serving.
 * The first start of each is awaited; if one cannot start, `onFatal` is told.
 */
export class Supervisor {
  private readonly services: Supervised[] = [];
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {}

  /** Starts a service and resolves with its URL once it reports ready. */
  async start(
    name: string,
    entry: string,
    env: NodeJS.ProcessEnv,
    onMessage?: (message: unknown) => void,
  ): Promise<string> {
    const service: Supervised = { name, entry, env, onMessage, restartDelayMs: FIRST_RESTART_DELAY_MS };
    this.services.push(service);
    try {
      return await this.spawn(service);
    } catch (error) {
      this.options.onFatal(name, error);
      throw error;
    }
  }

  /** Stops the services in this order of names (the rest after), each group at once. */
  async stopAll(order: string[]): Promise<void> {
    this.stopping = true;
    for (const service of this.services) clearTimeout(service.restartTimer);
    const names = [
      ...order,
      ...this.services.map((service) => service.name).filter((n) => !order.includes(n)),
    ];
    for (const name of names) {
      const group = this.services.filter((service) => service.name === name && service.child);
      await Promise.all(group.map((service) => stopProcess(service.child as ChildProcess)));
    }
  }

  /** Process ids of the running services, by name (tests inject faults with them). */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries(this.services.map((service) => [service.name, service.child?.pid]));
  }

  private async spawn(service: Supervised): Promise<string> {
    const startedAt = Date.now();
    const started = await startServiceProcess({
      entry: path.join(this.options.root, service.entry),
      env: service.env,
      cwd: this.options.root,
      detached: true,
      onSpawn: (child) => {
        service.child = child;
        if (service.onMessage) child.on('message', service.onMessage);
      },
      onLine: (line) => this.options.print(service.name, line),
      onExit: (code, signal) => {
        service.child = undefined;
        if (this.stopping) return;
        if (Date.now() - startedAt > STABLE_AFTER_MS) service.restartDelayMs = FIRST_RESTART_DELAY_MS;
        this.scheduleRestart(service, `exited (${signal ?? `code ${code}`})`);
      },
    });
    this.options.print('launcher', `${service.name} ready (pid ${started.child.pid})`);
    return started.url;
  }

  private scheduleRestart(service: Supervised, reason: string): void {
    const delay = service.restartDelayMs;
    service.restartDelayMs = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    this.options.print('launcher', `${service.name} ${reason}; restarting in ${delay / 1000} s`);
    service.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.spawn(service).catch((error: Error) => {
        service.child = undefined;
        if (this.stopping) return;
        const firstLine = error.message.split('\n').find((line) => line.includes('cannot start')) ?? '';
        this.scheduleRestart(service, `could not restart ${firstLine}`.trimEnd());
      });
    }, delay);
  }
}
