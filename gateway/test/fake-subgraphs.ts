import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Logger } from '@passerelle/platform/service';
import { TEST_SUBGRAPH_SECURITY } from '@passerelle/platform/testing';
import pino from 'pino';
import { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig, subgraphsOf } from '../src/config';
import type { GatewayOptions } from '../src/server';

/** Régions the fake governance subgraph answers: enough for a response of ~20 KB. */
export const REGIONS = Array.from({ length: 300 }, (_, index) => ({
  code: String(index),
  name: `Région numéro ${index}`,
}));

export interface FakeSubgraphs {
  urls: Record<string, string>;
  /** Operation names the subgraphs received, as the gateway named its fetches. */
  received: string[];
  /** The `traceparent` header of each request that had one. */
  traceparents: string[];
  /** While false, every subgraph answers its /readyz with 503. */
  ready: boolean;
  close(): Promise<void>;
}

/**
 * Real HTTP servers standing in for the supergraph's subgraphs: governance answers `regions`
 * (after `slowMs` for operations named Slow…), content answers no portals, each answers /readyz.
 */
export async function startFakeSubgraphs({ slowMs = 0 } = {}): Promise<FakeSubgraphs> {
  const fake: FakeSubgraphs = {
    urls: {},
    received: [],
    traceparents: [],
    ready: true,
    close: async () => {},
  };
  const servers: http.Server[] = [];
  for (const { name } of subgraphsOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))) {
    const server = http.createServer((req, res) => {
      if (req.url === '/readyz') {
        res.writeHead(fake.ready ? 200 : 503).end(JSON.stringify({ status: fake.ready ? 'ok' : 'degraded' }));
        return;
      }
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { operationName } = JSON.parse(body) as { operationName?: string };
        fake.received.push(operationName ?? '');
        const traceparent = req.headers.traceparent;
        if (typeof traceparent === 'string') fake.traceparents.push(traceparent);
        const data = name === 'content' ? { portals: { edges: [] } } : { regions: REGIONS };
        const answer = () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ data }));
        if (operationName?.startsWith('Slow')) setTimeout(answer, slowMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    fake.urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  fake.close = async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  };
  return fake;
}

/** A logger whose JSON lines the test reads. */
export function recordingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** Gateway options in front of the fake subgraphs, on its own database; `env` sets any setting. */
export function gatewayOptions(
  urls: Record<string, string>,
  databaseUrl: string,
  logger: Logger,
  env: NodeJS.ProcessEnv = {},
): GatewayOptions {
  const {
    logLevel: _,
    otlpEndpoint: __,
    ...config
  } = readGatewayConfig({
    AUTH_SECRET: TEST_SUBGRAPH_SECURITY.authSecret,
    GATEWAY_SECRET: TEST_SUBGRAPH_SECURITY.gatewaySecret,
    GATEWAY_DATABASE_URL: databaseUrl,
    SEED_DEMO_DATA: 'true',
    ...env,
  });
  return { ...config, port: 0, host: '127.0.0.1', subgraphUrls: urls, logger };
}
