import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  createTestDatabase,
  freePort,
  TEST_SUBGRAPH_SECURITY,
  type TestDatabase,
} from '@passerelle/platform/testing';
import { type FakeSubgraphs, startFakeSubgraphs } from './fake-subgraphs';

interface OtlpSpan {
  name: string;
  traceId: string;
  /** 2: server, 3: client. */
  kind: number;
}
interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[];
  }[];
}

let database: TestDatabase;
let subgraphs: FakeSubgraphs;
let collector: http.Server;
const exports: OtlpExport[] = [];
let gateway: ChildProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase('gateway_tracing');
  subgraphs = await startFakeSubgraphs();
  // An OTLP/HTTP collector: the exporter posts JSON to /v1/traces.
  collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') exports.push(JSON.parse(body) as OtlpExport);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  gateway?.kill('SIGTERM');
  await new Promise((resolve) =>
    gateway && gateway.exitCode === null ? gateway.once('exit', resolve) : resolve(null),
  );
  await new Promise((resolve) => collector?.close(resolve));
  await subgraphs?.close();
  await database?.drop();
});

async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the gateway with OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('sends the spans of a request to the collector', async () => {
    const port = await freePort();
    const subgraphUrls = Object.fromEntries(
      Object.entries(subgraphs.urls).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]),
    );
    let output = '';
    // A process of its own, started as in production: the instrumentation patches modules as they load.
    gateway = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'src', 'main.ts')], {
      env: {
        PATH: process.env.PATH,
        GATEWAY_PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        AUTH_SECRET: TEST_SUBGRAPH_SECURITY.authSecret,
        GATEWAY_SECRET: TEST_SUBGRAPH_SECURITY.gatewaySecret,
        GATEWAY_DATABASE_URL: database.url,
        ...subgraphUrls,
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
        OTEL_SERVICE_NAME: 'gateway-under-test',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    gateway.stdout?.on('data', (chunk) => (output += chunk));
    gateway.stderr?.on('data', (chunk) => (output += chunk));
    const origin = `http://127.0.0.1:${port}`;
    await until(async () => {
      if (gateway?.exitCode !== null) throw new Error(`the gateway exited: ${output}`);
      return (await fetch(`${origin}/healthz`).catch(() => undefined))?.ok || undefined;
    }, 'the gateway to listen');

    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Traced { regions { code } }' }),
    });
    expect(response.status).toBe(200);

    const spans = await until(() => {
      const all = exports.flatMap(({ resourceSpans }) =>
        resourceSpans.flatMap(({ resource, scopeSpans }) =>
          scopeSpans.flatMap(({ scope, spans: scoped }) =>
            scoped.map((span) => ({
              ...span,
              scope: scope.name,
              service: resource.attributes.find(({ key }) => key === 'service.name')?.value.stringValue,
            })),
          ),
        ),
      );
      return all.some((span) => span.name === 'POST /graphql') ? all : undefined;
    }, 'the spans of the request');
    const incoming = spans.find((span) => span.name === 'POST /graphql');
    expect(incoming).toMatchObject({
      scope: '@opentelemetry/instrumentation-http',
      service: 'gateway-under-test',
    });
    // Express's middleware of the same request, in the same trace.
    expect(
      spans.some(
        (span) =>
          span.scope === '@opentelemetry/instrumentation-express' && span.traceId === incoming?.traceId,
      ),
    ).toBe(true);
    // Its fetch from the governance subgraph too, which was sent the trace context.
    expect(
      spans.some(
        (span) =>
          span.scope === '@opentelemetry/instrumentation-http' &&
          span.kind === 3 &&
          span.traceId === incoming?.traceId,
      ),
    ).toBe(true);
    expect(subgraphs.traceparents.some((header) => header.includes(String(incoming?.traceId)))).toBe(true);
    // Probes are not traced.
    expect(spans.some((span) => span.name.includes('healthz'))).toBe(false);
  });
});
