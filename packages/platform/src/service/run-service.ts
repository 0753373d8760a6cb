import { ConfigurationError } from '../errors';
import type { RunningServer } from '../http/http-server';

/** Sent to `npm start` (when it is the parent process) once the service listens. */
export interface ReadyMessage {
  type: 'ready';
  service: string;
  url: string;
}

/**
 * Runs a service's `main`: starts it, tells the launcher it is ready, stops it cleanly on SIGINT or
 * SIGTERM. A configuration error ends the process with one clear line naming the setting.
 */
export async function runService(
  service: string,
  start: () => Promise<RunningServer & { close?: () => Promise<void> }>,
): Promise<void> {
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`${service}: cannot start: ${error.message}`);
    } else {
      console.error(`${service}: cannot start:`, error);
    }
    process.exit(1);
  }
  const ready: ReadyMessage = { type: 'ready', service, url: running.url };
  process.send?.(ready);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    await running.stop();
    await running.close?.();
    console.error(`${service}: stopped in ${Date.now() - started} ms`);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by `npm start`: if the launcher dies, do not outlive it.
  if (process.send) process.on('disconnect', stop);
}
