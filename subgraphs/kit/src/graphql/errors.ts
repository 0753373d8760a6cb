import { unwrapResolverError } from '@apollo/server/errors';
import { PothosValidationError } from '@pothos/core';
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
  return (
    CLIENT_ERROR_CODES.has(String(formatted.extensions?.code)) ||
    unwrapResolverError(error) instanceof PothosValidationError
  );
}

/**
 * Client errors keep their message and code; anything else is an internal error whose details
 * stay in the server's logs (found by the response's `x-request-id`).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (unwrapResolverError(error) instanceof PothosValidationError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (isClientError(formatted, error)) return formatted;
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
