import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL_SERVER_ERROR';

function codedError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The client sent something invalid; `field` names the argument or input field at fault. */
export function badUserInput(message: string, field?: string): GraphQLError {
  return codedError('BAD_USER_INPUT', message, field ? { field } : {});
}

/** What the client asked for by its key does not exist. */
export function notFound(typename: string, key: string): GraphQLError {
  return codedError('NOT_FOUND', `${typename} ${key} was not found`, { typename, key });
}

export function forbidden(message: string): GraphQLError {
  return codedError('FORBIDDEN', message);
}

/** A configuration problem found at start-up: the message names the setting. */
export class ConfigurationError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigurationError';
  }
}
