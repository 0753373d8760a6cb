import { GATEWAY_SIGNATURE_HEADER, requestTarget, signGatewayRequest } from '../auth/gateway-signature';
import { TEST_GATEWAY_SECRET } from './auth';

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, unknown>;
}

async function send<Data>(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: Omit<GraphQLResponse<Data>, 'status' | 'headers'>;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, ...parsed };
}

/** Sends one GraphQL operation over real HTTP, as a portal would. */
export function postGraphQL<Data = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  return send<Data>(url, JSON.stringify({ query, variables }), headers);
}

/** Sends one GraphQL operation straight to a subgraph started by a test, signed as the gateway signs. */
export function postToSubgraph<Data = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const body = JSON.stringify({ query, variables });
  const signature = signGatewayRequest(TEST_GATEWAY_SECRET, body, headers.authorization);
  return send<Data>(url, body, { ...headers, [GATEWAY_SIGNATURE_HEADER]: signature });
}

/** A GET straight to a subgraph's own route (an export), signed as the gateway signs it. */
export function getFromSubgraph(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const signature = signGatewayRequest(TEST_GATEWAY_SECRET, requestTarget(new URL(url)), undefined);
  return fetch(url, { headers: { ...headers, [GATEWAY_SIGNATURE_HEADER]: signature } });
}
