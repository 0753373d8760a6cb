import http from 'node:http';
import zlib from 'node:zlib';
import type { RunningServer } from '@passerelle/platform/http';
import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
import express from 'express';
import { GatewayMetrics, mountMetricsRoute } from '../src/observability/metrics';
import { startGateway } from '../src/server';
import {
  type FakeSubgraphs,
  gatewayOptions,
  REGIONS,
  recordingLogger,
  startFakeSubgraphs,
} from './fake-subgraphs';

let database: TestDatabase;
let subgraphs: FakeSubgraphs;
let gateway: RunningServer;
let origin: string;
const log = recordingLogger();

beforeAll(async () => {
  database = await createTestDatabase('gateway_observability');
  subgraphs = await startFakeSubgraphs();
  gateway = await startGateway(
    gatewayOptions(subgraphs.urls, database.url, log.logger, {
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '2',
    }),
  );
  origin = new URL(gateway.url).origin;
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.close();
  await database?.drop();
});

/** A raw POST to /graphql (no Accept-Encoding unless given), its body as the bytes received. */
function post(query: string, headers: Record<string, string> = {}, operationName?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.request(
        gateway.url,
        { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify({ query, operationName }));
    },
  );
}

/**
 * The samples of a Prometheus text exposition, each line checked against the format (HELP and TYPE
 * comments, `name{label="value",...} number`), keyed by name and labels as exposed.
 */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  const typed = new Set<string>();
  const sample =
    /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|\+Inf|-Inf|NaN))$/;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(comment[3]);
        typed.add(String(comment[2]));
      }
      continue;
    }
    const match = sample.exec(line);
    if (!match) throw new Error(`not a Prometheus text line: ${line}`);
    const [, name, labels = '', value] = match;
    // Every sample belongs to a declared metric (a histogram's _bucket, _sum and _count included).
    expect([...typed].some((metric) => name === metric || name?.startsWith(`${metric}_`))).toBe(true);
    samples.set(`${name}${labels}`, Number(value));
  }
  return samples;
}

async function metrics(): Promise<Map<string, number>> {
  const response = await fetch(`${origin}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheus(await response.text());
}

describe('the gateway health probes', () => {
  it('is alive whatever the subgraphs say, and ready only while they all answer', async () => {
    const ready = await fetch(`${origin}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([
      200,
      {
        service: 'gateway',
        status: 'ok',
        supergraph: 'loaded',
        subgraphs: { content: 'ok', directory: 'ok', funding: 'ok', governance: 'ok' },
      },
    ]);
    subgraphs.ready = false;
    try {
      const notReady = await fetch(`${origin}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        status: 'degraded',
        subgraphs: { governance: 'unhealthy (503)' },
      });
      // The older name answers as /readyz does.
      expect((await fetch(`${origin}/health`)).status).toBe(503);
      const alive = await fetch(`${origin}/healthz`);
      expect([alive.status, await alive.json()]).toEqual([200, { service: 'gateway', status: 'ok' }]);
    } finally {
      subgraphs.ready = true;
    }
  });
});

describe('the gateway metrics', () => {
  it('counts requests, latency, errors and rate-limit refusals by operation and portal', async () => {
    expect((await post('query Regions { regions { code } }')).status).toBe(200);
    expect((await post('query Regions { regions { code } }', { 'x-portal': 'landes' })).status).toBe(200);
    expect((await post('{ regions { code } }', { 'x-portal': 'landes' })).status).toBe(200);
    // The third request of the minute for landes' public use: refused before GraphQL runs, before
    // its body is read (so its operation is unknown: "anonymous").
    expect((await post('query Regions { regions { code } }', { 'x-portal': 'landes' })).status).toBe(429);
    expect((await post('query Regions { regions { code } }', { 'x-portal-key': 'wrong' })).status).toBe(401);
    expect((await post('query Broken { regions {', {})).status).toBe(400);

    const samples = await metrics();
    const value = (series: string) => samples.get(series);
    expect(
      value('passerelle_gateway_requests_total{operation="Regions",portal="national",status="200"}'),
    ).toBe(1);
    expect(value('passerelle_gateway_requests_total{operation="Regions",portal="landes",status="200"}')).toBe(
      1,
    );
    expect(
      value('passerelle_gateway_requests_total{operation="anonymous",portal="landes",status="200"}'),
    ).toBe(1);
    expect(
      value('passerelle_gateway_requests_total{operation="anonymous",portal="landes",status="429"}'),
    ).toBe(1);
    expect(
      value('passerelle_gateway_requests_total{operation="anonymous",portal="unknown",status="401"}'),
    ).toBe(1);
    expect(
      value('passerelle_gateway_requests_total{operation="anonymous",portal="national",status="400"}'),
    ).toBe(1);
    expect(
      value('passerelle_gateway_request_duration_seconds_count{operation="anonymous",portal="landes"}'),
    ).toBe(2);
    expect(
      value(
        'passerelle_gateway_request_duration_seconds_bucket{le="+Inf",operation="Regions",portal="national"}',
      ),
    ).toBe(1);
    expect(value('passerelle_gateway_errors_total{code="RATE_LIMITED",portal="landes"}')).toBe(1);
    expect(value('passerelle_gateway_errors_total{code="UNAUTHENTICATED",portal="unknown"}')).toBe(1);
    expect(value('passerelle_gateway_errors_total{code="GRAPHQL_PARSE_FAILED",portal="national"}')).toBe(1);
    expect(value('passerelle_gateway_rate_limited_total{portal="landes"}')).toBe(1);
    expect(
      value('passerelle_gateway_subgraph_fetch_duration_seconds_count{subgraph="governance",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(3);
    expect(value('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(value('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('labels unnamed operations "anonymous", and names past the first ones "other"', () => {
    const counted = new GatewayMetrics({ maxOperationNames: 2 });
    expect(['A', 'B', 'C', 'A', undefined, '', 'D'].map((name) => counted.operationLabel(name))).toEqual([
      'A',
      'B',
      'other',
      'A',
      'anonymous',
      'anonymous',
      'other',
    ]);
  });

  it('serves /metrics only with the bearer token when one is set', async () => {
    const app = express();
    mountMetricsRoute(app, new GatewayMetrics(), 'a metrics token for the tests');
    const server = await new Promise<http.Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect(
        (await fetch(url, { headers: { authorization: 'Bearer another token of this length' } })).status,
      ).toBe(401);
      const allowed = await fetch(url, {
        headers: { authorization: 'Bearer a metrics token for the tests' },
      });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('# TYPE passerelle_gateway_requests_total counter');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('the gateway request log', () => {
  it('writes one line per request, with its id, portal, operation, status and duration, refusals included', async () => {
    await post('query LoggedRegions { regions { code } }', {
      'x-request-id': 'log-1',
      'x-portal': 'bordeaux',
    });
    await post('query LoggedRegions { regions { code } }', {
      'x-request-id': 'log-2',
      'x-portal-key': 'revoked',
    });
    const lines = (id: string) => log.lines.filter((line) => line.requestId === id);
    expect(lines('log-1')).toEqual([
      expect.objectContaining({
        msg: 'graphql request',
        portal: 'bordeaux',
        operationName: 'LoggedRegions',
        status: 200,
        errors: 0,
        durationMs: expect.any(Number),
      }),
    ]);
    expect(lines('log-2')).toEqual([
      expect.objectContaining({
        msg: 'graphql request refused',
        portal: 'unknown',
        status: 401,
        codes: ['UNAUTHENTICATED'],
        durationMs: expect.any(Number),
      }),
    ]);
  });
});

describe('the gateway compression', () => {
  const query = 'query Big { regions { code name } }';

  it.each(['gzip', 'br'])(
    'compresses a large answer with %s for a client that accepts it',
    async (encoding) => {
      const plain = await post(query);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(plain.body.toString())).toEqual({ data: { regions: REGIONS } });

      const compressed = await post(query, { 'accept-encoding': encoding });
      expect(compressed.status).toBe(200);
      expect(compressed.headers['content-encoding']).toBe(encoding);
      const decoded =
        encoding === 'br' ? zlib.brotliDecompressSync(compressed.body) : zlib.gunzipSync(compressed.body);
      expect(compressed.body.length).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decoded.toString())).toEqual(JSON.parse(plain.body.toString()));
    },
  );

  it('leaves a small answer as it is', async () => {
    const tiny = await post('{ __typename }', { 'accept-encoding': 'gzip' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(tiny.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
