import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
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

/** The caller has no valid identity (no token, or one that is not valid). */
export function unauthenticated(message: string): GraphQLError {
  return codedError('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/** The caller is known, and not allowed. */
export function forbidden(message: string): GraphQLError {
  return codedError('FORBIDDEN', message);
}

/** A system the service reads (the CMS) cannot be reached and nothing can stand in for it. */
export function unavailable(message: string): GraphQLError {
  return codedError('UNAVAILABLE', message);
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

export interface InputIssue {
  /** Path of the input field at fault, e.g. `input.address.postalCode`. */
  field: string;
  value?: string;
  reason: string;
}

/** BAD_USER_INPUT listing every field at fault; the message and `field` name the first. */
export function invalidInput(what: string, issues: InputIssue[]): GraphQLError {
  const first = issues[0];
  const value = first?.value ? `"${first.value}" ` : '';
  return codedError('BAD_USER_INPUT', `invalid ${what}: ${first?.field} ${value}${first?.reason}`, {
    field: first?.field,
    errors: issues,
  });
}
