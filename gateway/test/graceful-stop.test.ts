import http from 'node:http';
import { createTestDatabase, type TestDatabase } from '@passerelle/platform/testing';
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

beforeAll(async () => {
  database = await createTestDatabase('gateway_graceful_stop');
  subgraphs = await startFakeSubgraphs({ slowMs: 1500 });
});

afterAll(async () => {
  await subgraphs?.close();
  await database?.drop();
});

/** A POST on a connection of its own (no keep-alive agent), resolved with the status and body. */
function post(url: string, query: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('stopping the gateway', () => {
  it('finishes the requests in flight, and refuses new connections once stopping', async () => {
    const gateway = await startGateway(
      gatewayOptions(subgraphs.urls, database.url, recordingLogger().logger, { METRICS_ENABLED: 'false' }),
    );
    // Metrics turned off: no route at all.
    expect((await fetch(new URL('/metrics', gateway.url))).status).toBe(404);

    const inFlight = post(gateway.url, 'query SlowRegions { regions { code name } }');
    await until(() => subgraphs.received.some((name) => name.startsWith('SlowRegions')));
    const stopped = gateway.stop();
    try {
      // Its listening socket closes as the stop begins; the slow answer is still on its way.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(post(gateway.url, '{ __typename }')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { regions: REGIONS } });
    } finally {
      await stopped;
    }
  });
});
