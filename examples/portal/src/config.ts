/**
 * Which portal this front end shows, and through which gateway. Set at build time (VITE_GATEWAY_URL,
 * VITE_PORTAL, VITE_PORTAL_KEY: see README.md); `?portal=<slug>` in the address shows another
 * portal with the same build, through the public `X-Portal` header (a key belongs to one portal).
 */
export interface PortalConfig {
  gatewayUrl: string;
  slug: string;
  /** The portal's key (`X-Portal-Key`), when the build has one for this slug. */
  key: string | undefined;
  /** Set when the address chose the portal: internal links keep it. */
  slugFromAddress: string | undefined;
}

export function readConfig(search: string): PortalConfig {
  const builtSlug = import.meta.env.VITE_PORTAL || 'landes';
  const requested = new URLSearchParams(search).get('portal') ?? undefined;
  const slug = requested ?? builtSlug;
  return {
    gatewayUrl: import.meta.env.VITE_GATEWAY_URL || 'http://localhost:4000/graphql',
    slug,
    key: slug === builtSlug ? import.meta.env.VITE_PORTAL_KEY || undefined : undefined,
    slugFromAddress: requested,
  };
}
