/**
 * Whether a browser origin is one of a portal's: exact origins (`https://numerique.landes.fr`), or
 * a host with any port (`http://localhost:*`, for front ends in development). Never a wildcard host.
 */
export function originAllowed(allowedOrigins: readonly string[], origin: string): boolean {
  return allowedOrigins.some((allowed) =>
    allowed.endsWith(':*') ? anyPortOf(allowed.slice(0, -2), origin) : allowed === origin,
  );
}

function anyPortOf(base: string, origin: string): boolean {
  if (origin === base) return true;
  if (!origin.startsWith(`${base}:`)) return false;
  return /^\d{1,5}$/.test(origin.slice(base.length + 1));
}

/** An origin a portal may list: scheme, host and optional port (or `:*`), nothing else. */
export function isOriginPattern(value: string): boolean {
  return /^https?:\/\/[a-z0-9.-]+(?::(?:\d{1,5}|\*))?$/i.test(value);
}
