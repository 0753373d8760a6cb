import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Subgraphs answer only the gateway: it signs each request it sends them with GATEWAY_SECRET, a
 * secret shared by the gateway and the subgraphs (generated at first start by `npm start`). The
 * signature covers the time, the body and the caller's Authorization header, so a request sent
 * straight to a subgraph's port, or a captured one replayed with another body or another caller's
 * token, is refused. A GET has no body: its signature covers its request target instead (see
 * `requestTarget`), so that a captured one cannot be replayed with another query string.
 */

export const GATEWAY_SIGNATURE_HEADER = 'x-passerelle-signature';

/** A signed request is accepted for this long (the gateway and its subgraphs share a clock). */
const MAX_AGE_MS = 60_000;

function digest(secret: string, timestamp: string, body: string | Buffer, authorization: string): string {
  const bodyHash = createHash('sha256').update(body).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}\n${bodyHash}\n${authorization}`).digest('hex');
}

/** The signature header's value for a request body sent with this Authorization header (or none). */
export function signGatewayRequest(
  secret: string,
  body: string | Buffer,
  authorization: string | undefined,
  now = Date.now(),
): string {
  const timestamp = String(now);
  return `t=${timestamp},v1=${digest(secret, timestamp, body, authorization ?? '')}`;
}

/** Why a request's signature is refused, or undefined when the gateway signed it. */
export function gatewaySignatureProblem(
  secret: string,
  header: string | undefined,
  body: Buffer,
  authorization: string | undefined,
  now = Date.now(),
): string | undefined {
  if (!header) return 'the request is not signed by the gateway';
  const match = /^t=(\d{1,16}),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return 'the gateway signature is malformed';
  const [, timestamp, signature] = match as unknown as [string, string, string];
  if (Math.abs(now - Number(timestamp)) > MAX_AGE_MS) return 'the gateway signature has expired';
  const expected = Buffer.from(digest(secret, timestamp, body, authorization ?? ''), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
    return 'the gateway signature does not match';
  return undefined;
}

/** What a GET's signature covers in place of a body: its path and query string, as sent. */
export function requestTarget(url: URL): string {
  return `${url.pathname}${url.search}`;
}
