import { appendFileSync } from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
// The file itself, not the package: Hive Gateway loads this config without the workspace's tsx.
import {
  GATEWAY_SIGNATURE_HEADER,
  signGatewayRequest,
} from '../packages/platform/src/auth/gateway-signature';

/**
 * Hive Gateway as the bench runs it: the committed supergraph unchanged, each subgraph request sent
 * to the subgraph's real URL (BENCH_SUBGRAPH_URLS: composed URL → real URL) and signed with
 * GATEWAY_SECRET like Passerelle's gateway does, since our subgraphs refuse unsigned requests.
 * With BENCH_TRACE_FILE set, the subgraph fetches of a request sent with an
 * `x-bench-trace` header are appended to it (the bench reads the critical
 * path of a query from it).
 */
const secret = process.env.GATEWAY_SECRET ?? '';
const urls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const traceFile = process.env.BENCH_TRACE_FILE;

export const gatewayConfig = defineConfig({
  plugins: () => [
    {
      onFetch({ url, setURL, options, setOptions, context }) {
        const target = urls[url] ?? url;
        if (target !== url) setURL(target);
        const body = typeof options.body === 'string' ? options.body : '';
        const headers = new Headers(options.headers as HeadersInit | undefined);
        headers.set(
          GATEWAY_SIGNATURE_HEADER,
          signGatewayRequest(secret, body, headers.get('authorization') ?? undefined),
        );
        setOptions({ ...options, headers: Object.fromEntries(headers) });
        if (
          !traceFile ||
          !(context as { request?: Request } | undefined)?.request?.headers.get('x-bench-trace')
        )
          return;
        const start = performance.timeOrigin + performance.now();
        return () => {
          const end = performance.timeOrigin + performance.now();
          appendFileSync(traceFile, `${JSON.stringify({ url: target, body, start, end })}\n`);
        };
      },
    },
  ],
});
