import type { Request, Response } from 'express';

/** A /graphql request answered before GraphQL ran: admission, safelist, body or shape refusals. */
export interface Refusal {
  /** As the body or the query string gave it, when they were read. */
  operationName: string | null;
  status: number;
  /** The `extensions.code` of each error of the answer. */
  codes: string[];
  durationMs: number;
}

/** The response of a request, on its GraphQL context (Apollo copies the context, not this value). */
const RESPONSE = Symbol('response');
const executed = new WeakSet<Response>();

/** Ties a request's GraphQL context to its response, for `markExecuted`. */
export function bindContext(context: object, res: Response): void {
  Object.assign(context, { [RESPONSE]: res });
}

/** GraphQL took the request on: its own log line and metrics cover it, not the refusal watcher. */
export function markExecuted(context: object): void {
  const res = (context as { [RESPONSE]?: Response })[RESPONSE];
  if (res) executed.add(res);
}

/** The operation name a request gave, if its body or query string was read. */
function requestedOperationName(req: Request): string | null {
  const name =
    req.method === 'GET'
      ? req.query.operationName
      : (req.body as { operationName?: unknown } | undefined)?.operationName;
  return typeof name === 'string' ? name : null;
}

function errorCodes(body: unknown): string[] {
  try {
    const parsed = typeof body === 'string' || Buffer.isBuffer(body) ? JSON.parse(body.toString()) : body;
    const errors = (parsed as { errors?: { extensions?: { code?: unknown } }[] } | undefined)?.errors;
    return Array.isArray(errors) ? errors.map(({ extensions }) => String(extensions?.code ?? 'UNKNOWN')) : [];
  } catch {
    return [];
  }
}

/**
 * Calls `onRefusal` once the response is sent if GraphQL never ran for it (a refusal written by a
 * middleware, or a 204 preflight), with the codes of the errors it answered. Only the body of such
 * answers is kept: GraphQL responses go through untouched.
 */
export function watchRefusal(req: Request, res: Response, onRefusal: (refusal: Refusal) => void): void {
  const started = process.hrtime.bigint();
  let body: unknown;
  const send = res.send.bind(res);
  res.send = (chunk?: unknown) => {
    if (!executed.has(res)) body = chunk;
    return send(chunk);
  };
  res.on('finish', () => {
    if (executed.has(res)) return;
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    onRefusal({
      operationName: requestedOperationName(req),
      status: res.statusCode,
      codes: errorCodes(body),
      durationMs,
    });
  });
}
