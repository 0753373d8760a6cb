import { badUserInput } from '../errors';
import type { Rule } from './issues';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client's id can be one of ours (so a malformed id is BAD_USER_INPUT, not NOT_FOUND). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** "is not a place id", "is not an action id": `what` is the kind of row the id names. */
function notAnId(what: string): string {
  return `is not ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} id`;
}

/** The rule an id of `what` follows, for an input listing several. */
export function idOf(what: string): Rule<string> {
  return { test: isUuid, reason: notAnId(what) };
}

/**
 * The id of a `what` a client gave, as a string; BAD_USER_INPUT naming `field` when it cannot be
 * one (a lookup would answer NOT_FOUND).
 */
export function checkedId(id: string | number, what: string, field = 'id'): string {
  const value = String(id);
  if (!isUuid(value)) throw badUserInput(`"${value}" ${notAnId(what)}`, field);
  return value;
}
