import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@passerelle/platform/auth';
import { TEST_GATEWAY_SECRET } from '@passerelle/platform/testing';
import fc from 'fast-check';
import {
  type HostileRequest,
  hostileRequests,
  rootFieldsBySubgraph,
  supergraphSchema,
} from '../src/hostile-requests';
import { startTestPlatform, type TestPlatform } from '../src/platform';

/**
 * Property: whatever an anonymous client sends, to the gateway or straight to a subgraph's port, no
 * answer is a 5xx, every error carries an `extensions.code`, every answer comes within 2 s, and
 * every service is still alive afterwards. At least 1,000 generated requests per run.
 */

const GATEWAY_RUNS = 600;
const RUNS_PER_SUBGRAPH = 150;
const MAX_ANSWER_MS = 2000;

let platform: TestPlatform;
const slowest = { ms: 0, kind: '' };
const statuses = new Map<number, number>();

beforeAll(async () => {
  platform = await startTestPlatform('hostile', { withContent: true });
});

afterAll(async () => {
  // Kept in the test output: what the run sent and how fast the slowest answer came.
  console.info(
    `hostile requests: ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')}; slowest ${slowest.ms} ms (${slowest.kind})`,
  );
  await platform?.stop();
});

async function send(url: string, request: HostileRequest): Promise<void> {
  const headers: Record<string, string> = { 'content-type': request.contentType };
  if (request.signed)
    headers[GATEWAY_SIGNATURE_HEADER] = signGatewayRequest(TEST_GATEWAY_SECRET, request.body, undefined);
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body: request.body });
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  if (ms > slowest.ms) Object.assign(slowest, { ms, kind: request.kind });
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

  const context = `${request.kind} → ${response.status} in ${ms} ms: ${text.slice(0, 300)}`;
  expect([context, response.status < 500]).toEqual([context, true]);
  expect([context, ms < MAX_ANSWER_MS]).toEqual([context, true]);
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  for (const error of body.errors ?? []) {
    expect([context, typeof error.extensions?.code]).toEqual([context, 'string']);
  }
  // Unsigned, a subgraph refuses it before reading it as JSON; a body too large is not read at all.
  if (!request.signed && url !== platform.gatewayUrl)
    expect([context, [403, 413].includes(response.status)]).toEqual([context, true]);
}

async function everyServiceAnswers(): Promise<void> {
  for (const url of [platform.gatewayUrl, ...Object.values(platform.subgraphUrls)]) {
    const health = await fetch(new URL('/health', url));
    expect([url, health.status]).toEqual([url, 200]);
  }
}

describe('hostile GraphQL requests', () => {
  const schema = supergraphSchema();

  it(`never fail the gateway (${GATEWAY_RUNS} requests)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequests(schema), (request) => send(platform.gatewayUrl, request)),
      { numRuns: GATEWAY_RUNS },
    );
    await everyServiceAnswers();
  });

  it.each(Object.entries(rootFieldsBySubgraph()))(
    `never fail a subgraph sent them straight (%s, ${RUNS_PER_SUBGRAPH} requests)`,
    async (subgraph, rootFields) => {
      const url = platform.subgraphUrls[subgraph] as string;
      await fc.assert(
        fc.asyncProperty(hostileRequests(schema, rootFields), (request) => send(url, request)),
        { numRuns: RUNS_PER_SUBGRAPH },
      );
      await everyServiceAnswers();
    },
  );
});
