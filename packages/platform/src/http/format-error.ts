import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes whose message is meant for the client and passes through unchanged. */
const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAVAILABLE',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_DIRECTIVES',
  'PAYLOAD_TOO_LARGE',
]);

/**
 * Apollo Server refuses some requests with a GraphQLError of its own that has an HTTP status but no
 * code (a persisted query whose hash does not match, say): a bad request, not an internal error.
 */
function isUncodedRequestError(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (formatted.extensions?.code !== undefined && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR')
    return false;
  if (!(error instanceof GraphQLError) || error.originalError) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

export function isClientError(formatted: GraphQLFormattedError, error: unknown): boolean {
  return CLIENT_ERROR_CODES.has(String(formatted.extensions?.code)) || isPothosValidationError(error);
}

/**
 * A Pothos validation error (a malformed global id or cursor): the client's mistake. Told by its
 * name so that the gateway, which serves no Pothos schema, does not load Pothos.
 */
function isPothosValidationError(error: unknown): boolean {
  const cause = unwrapResolverError(error);
  return cause instanceof Error && cause.name === 'PothosValidationError';
}

/** Codes of a database that cannot be reached or went away (Prisma's, PostgreSQL's, the socket's). */
const DATABASE_UNAVAILABLE_CODES = new Set([
  'P1001',
  'P1002',
  'P1008',
  'P1017',
  'P2037',
  '57P01',
  '57P02',
  '57P03',
  '08001',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
]);
const DATABASE_UNAVAILABLE_MESSAGES =
  /Can't reach database server|Connection terminated|Server has closed the connection|terminating connection|connection error and is not queryable/;

/** True when an error, or one it wraps, says the database is unreachable: a passing outage. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const { code, originalCode, message } = current as {
      code?: unknown;
      originalCode?: unknown;
      message?: unknown;
    };
    if (DATABASE_UNAVAILABLE_CODES.has(String(code)) || DATABASE_UNAVAILABLE_CODES.has(String(originalCode)))
      return true;
    if (typeof message === 'string' && DATABASE_UNAVAILABLE_MESSAGES.test(message)) return true;
    const next = current as {
      originalError?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    current = next.originalError ?? next.meta?.driverAdapterError ?? next.cause;
  }
  return false;
}

/**
 * Client errors keep their message and code; anything else is an internal error whose details
 * stay in the server's logs (found by the response's `x-request-id`).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isPothosValidationError(error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (isClientError(formatted, error)) return formatted;
  if (isDatabaseUnavailable(error)) {
    return {
      message: 'the database is unavailable; try again in a moment',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'UNAVAILABLE' },
    };
  }
  if (isUncodedRequestError(formatted, error)) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
