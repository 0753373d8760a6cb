import type { Express, Request, Response } from 'express';
import type { HealthReport } from './http-server';

export interface HealthRoutesOptions {
  /** Service name, in every report. */
  name: string;
  /** Whether the service can answer (its database, its subgraphs); none: always ready. */
  ready?: () => Promise<HealthReport>;
  /** Once it says true, the service is stopping: not ready any more, whatever `ready` says. */
  stopping: () => boolean;
}

/**
 * `/healthz`: the process serves (200 whenever it answers at all, for a liveness probe that
 * restarts a hung process, never one whose database is down). `/readyz`: it can serve requests
 * (200, or 503 with the detail, for a load balancer or an orchestrator to route around it).
 * `/health` stays as the readiness report under its older name.
 */
export function mountHealthRoutes(app: Express, { name, ready, stopping }: HealthRoutesOptions): void {
  app.get('/healthz', (_req, res) => {
    res.json({ service: name, status: 'ok' });
  });
  const readiness = async (_req: Request, res: Response) => {
    const report: HealthReport = stopping()
      ? { status: 'degraded', stopping: true }
      : ready
        ? // The error's message may name a server: it stays out of a public answer.
          await ready().catch(() => ({ status: 'degraded' as const }))
        : { status: 'ok' };
    res.status(report.status === 'ok' ? 200 : 503).json({ service: name, ...report });
  };
  app.get('/readyz', readiness);
  app.get('/health', readiness);
}
