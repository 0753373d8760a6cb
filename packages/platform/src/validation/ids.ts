const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client's id can be one of ours (so a malformed id is BAD_USER_INPUT, not NOT_FOUND). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
