import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Refusal } from '@passerelle/platform/http';
import type { Express } from 'express';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { GatewayContext } from '../subgraph-data-source';

/** The portal label of requests of the national graph (no portal header). */
export const NATIONAL = 'national';

/** How a subgraph fetch ended, as the `outcome` label says it. */
export type FetchOutcome = 'ok' | 'client_error' | 'timeout' | 'unreachable' | 'refused' | 'server_error';

export interface MetricsOptions {
  /** Distinct operation names labelled as such; later ones are counted as "other". */
  maxOperationNames?: number;
}

/**
 * The gateway's Prometheus metrics, in a registry of its own (several gateways in one process, as
 * in tests, count apart). Operation names come from clients: only the first `maxOperationNames`
 * get a series of their own, so a client inventing names cannot grow the registry without bound.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly maxOperationNames: number;

  private readonly requests = new Counter({
    name: 'passerelle_gateway_requests_total',
    help: 'GraphQL requests, by operation name, portal and HTTP status',
    labelNames: ['operation', 'portal', 'status'] as const,
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'passerelle_gateway_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name and portal',
    labelNames: ['operation', 'portal'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'passerelle_gateway_errors_total',
    help: 'Errors answered, by extensions.code and portal (refusals before GraphQL ran included)',
    labelNames: ['code', 'portal'] as const,
    registers: [this.registry],
  });
  private readonly rateLimited = new Counter({
    name: 'passerelle_gateway_rate_limited_total',
    help: 'Requests refused with 429 RATE_LIMITED, by portal',
    labelNames: ['portal'] as const,
    registers: [this.registry],
  });
  private readonly subgraphFetches = new Histogram({
    name: 'passerelle_gateway_subgraph_fetch_duration_seconds',
    help: 'Time of each fetch from a subgraph, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor({ maxOperationNames = 200 }: MetricsOptions = {}) {
    this.maxOperationNames = maxOperationNames;
    collectDefaultMetrics({ register: this.registry });
  }

  /** The operation label of a name: "anonymous" without one, "other" once the cap is reached. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= this.maxOperationNames) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /** Counts every operation GraphQL ran, with its errors' codes. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ contextValue, operationName, response }) => {
            const portal = contextValue.portal?.portal.slug ?? NATIONAL;
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            this.record({
              operation: this.operationLabel(operationName),
              portal,
              status: response.http.status ?? 200,
              seconds: Number(process.hrtime.bigint() - started) / 1e9,
              codes: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
            });
          },
        };
      },
    };
  }

  /** Counts a request answered before GraphQL ran (admission, safelist, shape, body refusals). */
  refusal(refusal: Refusal, portal: string): void {
    this.record({
      operation: this.operationLabel(refusal.operationName),
      portal,
      status: refusal.status,
      seconds: refusal.durationMs / 1000,
      codes: refusal.codes,
    });
    if (refusal.status === 429) this.rateLimited.inc({ portal });
  }

  subgraphFetch(subgraph: string, outcome: FetchOutcome, seconds: number): void {
    this.subgraphFetches.observe({ subgraph, outcome }, seconds);
  }

  private record(request: {
    operation: string;
    portal: string;
    status: number;
    seconds: number;
    codes: string[];
  }): void {
    const { operation, portal } = request;
    this.requests.inc({ operation, portal, status: String(request.status) });
    this.duration.observe({ operation, portal }, request.seconds);
    for (const code of request.codes) this.errors.inc({ code, portal });
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /metrics` in Prometheus text format. With a token, only `Authorization: Bearer <token>`
 * reads it: the gateway's port is public, and the metrics name portals and operations.
 */
export function mountMetricsRoute(app: Express, metrics: GatewayMetrics, token: string | undefined): void {
  app.get('/metrics', async (req, res) => {
    if (token && !sameToken(req.get('authorization') ?? '', `Bearer ${token}`)) {
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).json({
        errors: [{ message: 'a metrics token is required', extensions: { code: 'UNAUTHENTICATED' } }],
      });
      return;
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
}
