import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CacheHint } from '@apollo/cache-control-types';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem } from '@passerelle/platform/auth';
import { createLogger } from '@passerelle/platform/service';
import { freePort } from '@passerelle/platform/testing';
import { parse } from 'graphql';
import { type GatewayContext, SubgraphDataSource } from '../src/subgraph-data-source';

const SECRET = 'a gateway secret of at least thirty-two characters';

/** A real HTTP server standing in for a subgraph, answering with `respond`; records what it received. */
async function fakeSubgraph(respond: (body: string, res: http.ServerResponse) => void) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      respond(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

function context(): GatewayContext {
  return {
    requestId: 'request-1',
    logger: createLogger('test', 'silent'),
    authorization: 'Bearer caller',
    portal: undefined,
    staleContent: [],
    cacheTags: new Set<string>(),
  };
}

/** What the gateway gives a data source for one fetch of a query plan (the enum of `kind` is not exported). */
function fetchOptions(
  query: string,
  variables: Record<string, unknown>,
  requestContext: GatewayContext,
  hints: CacheHint[] = [],
) {
  return {
    kind: 'incoming operation',
    request: { query, variables },
    context: requestContext,
    document: parse(query),
    // The request's cache policy, as Apollo Server keeps it: here, the hints it was restricted by.
    incomingRequestContext: { overallCachePolicy: { restrict: (hint: CacheHint) => hints.push(hint) } },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

function fetchFrom(url: string, query: string, variables: Record<string, unknown> = {}) {
  return dataSource('directory', url).process(fetchOptions(query, variables, context()));
}

function dataSource(name: string, url: string) {
  return new SubgraphDataSource({ name, url, gatewaySecret: SECRET, timeoutMs: 1000 });
}

const ENTITIES =
  'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Department { places { totalCount } name: code } } }';
const representations = [
  { __typename: 'Department', code: '40' },
  { __typename: 'Department', code: '33' },
];

describe('the gateway calling a subgraph', () => {
  it("restricts the request's cache policy by each answer's Cache-Control, and keeps its cache tags", async () => {
    const subgraph = await fakeSubgraph((body, res) => {
      if (body.includes('regions')) res.setHeader('cache-control', 'max-age=120, public');
      res.end(
        JSON.stringify({ data: { regions: [] }, extensions: { cacheTags: ['Region:75', 'Region[]'] } }),
      );
    });
    try {
      const source = dataSource('governance', subgraph.url);
      const requestContext = context();
      const hints: CacheHint[] = [];
      await source.process(fetchOptions('{ regions { code } }', {}, requestContext, hints));
      await source.process(fetchOptions('{ departments { code } }', {}, requestContext, hints));
      // The second answer said nothing: not cacheable, so neither is the response.
      expect(hints).toEqual([{ maxAge: 120, scope: 'PUBLIC' }, { maxAge: 0 }]);
      expect([...requestContext.cacheTags]).toEqual(['Region:75', 'Region[]']);
    } finally {
      await subgraph.close();
    }
  });

  it('signs the body and the caller for the subgraph to verify, with the request id', async () => {
    const subgraph = await fakeSubgraph((_body, res) => res.end(JSON.stringify({ data: { regions: [] } })));
    try {
      expect(await fetchFrom(subgraph.url, '{ regions { code } }')).toEqual({ data: { regions: [] } });
      const [{ headers, body }] = subgraph.received as [{ headers: http.IncomingHttpHeaders; body: string }];
      expect(headers['x-request-id']).toBe('request-1');
      expect(
        gatewaySignatureProblem(
          SECRET,
          headers[GATEWAY_SIGNATURE_HEADER] as string,
          Buffer.from(body),
          headers.authorization,
        ),
      ).toBeUndefined();
    } finally {
      await subgraph.close();
    }
  });

  it('answers UNAVAILABLE on each field of each entity when the subgraph fails, for the gateway to place', async () => {
    const subgraph = await fakeSubgraph((_body, res) => {
      res.statusCode = 502;
      res.end('<html>Bad gateway</html>');
    });
    try {
      const response = await fetchFrom(subgraph.url, ENTITIES, { representations });
      expect(response.data).toEqual({ _entities: [null, null] });
      expect(response.errors?.map((error) => error.path)).toEqual([
        ['_entities', 0, 'places'],
        ['_entities', 0, 'name'],
        ['_entities', 1, 'places'],
        ['_entities', 1, 'name'],
      ]);
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'UNAVAILABLE', service: 'directory' });
      expect(response.errors?.[0]?.message).toBe(
        'the directory service is unavailable: it answered 502 without a GraphQL response',
      );
    } finally {
      await subgraph.close();
    }
  });

  it('answers UNAVAILABLE on each root field when nothing listens', async () => {
    const response = await fetchFrom(
      `http://127.0.0.1:${await freePort()}/graphql`,
      '{ regions { code } all: departments { code } }',
    );
    expect(response.data).toBeNull();
    expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['regions'], 'UNAVAILABLE'],
      [['all'], 'UNAVAILABLE'],
    ]);
  });

  it("passes a subgraph's refusal on with its code, never its address or its body", async () => {
    const subgraph = await fakeSubgraph((_body, res) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } }],
        }),
      );
    });
    try {
      const response = await fetchFrom(subgraph.url, '{ regions { code } }');
      expect(response).toEqual({ errors: [{ message: 'bad date', extensions: { code: 'BAD_USER_INPUT' } }] });
    } finally {
      await subgraph.close();
    }
  });

  it('keeps the stale-content notices of the answers for the client', async () => {
    const notice = { stale: true, types: ['Guide'], since: '2026-12-01T00:00:00.000Z' };
    const subgraph = await fakeSubgraph((_body, res) =>
      res.end(JSON.stringify({ data: {}, extensions: { content: notice } })),
    );
    try {
      const source = dataSource('content', subgraph.url);
      const requestContext = context();
      await source.process(fetchOptions('{ guides { totalCount } }', {}, requestContext));
      expect(requestContext.staleContent).toEqual([notice]);
    } finally {
      await subgraph.close();
    }
  });

  it('sends identical queries in flight once, each caller getting its own answer; never mutations', async () => {
    const subgraph = await fakeSubgraph((_body, res) => {
      setTimeout(() => res.end(JSON.stringify({ data: { regions: [{ code: '75' }] } })), 100);
    });
    try {
      const source = dataSource('governance', subgraph.url);
      const send = (query: string, authorization = 'Bearer caller') =>
        source.process(fetchOptions(query, {}, { ...context(), authorization }));
      const answers = await Promise.all([
        send('{ regions { code } }'),
        send('{ regions { code } }'),
        send('{ regions { code } }'),
      ]);
      expect(subgraph.received).toHaveLength(1);
      expect(answers[0]).toEqual({ data: { regions: [{ code: '75' }] } });
      expect(answers[0]).not.toBe(answers[1]);
      expect(answers[1]).toEqual(answers[0]);

      // Another caller's identity, a later request and mutations each get their own fetch.
      await Promise.all([send('{ regions { code } }'), send('{ regions { code } }', 'Bearer other')]);
      expect(subgraph.received).toHaveLength(3);
      await Promise.all([send('mutation { archive }'), send('mutation { archive }')]);
      expect(subgraph.received).toHaveLength(5);
    } finally {
      await subgraph.close();
    }
  });
});
