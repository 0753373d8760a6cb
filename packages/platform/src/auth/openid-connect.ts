import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose';
import { unauthenticated } from '../errors';
import { type Grant, grantSchema, type Identity } from './identity';

/** An identity provider whose access tokens the gateway accepts (a département's Keycloak, say). */
export interface OpenIdProvider {
  jwksUrl: string;
  issuer: string;
  audience: string;
  /** The claim holding the caller's grants; a dotted path reaches into objects (`realm_access.roles`). */
  grantsClaim: string;
}

/**
 * A grant as an identity provider writes it in a claim: Passerelle's own object
 * (`{"role": "governance-editor", "department": "40"}`) or a string: `admin`, `funding-editor`,
 * `content-editor`, `governance-editor:40`, `data-manager:department:40`, `data-manager:source:hinaura`.
 * Anything else (the provider's other roles) is no grant.
 */
export function grantFromClaim(value: unknown): Grant | undefined {
  if (typeof value !== 'string') {
    const parsed = grantSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  }
  const [role, ...scope] = value.split(':');
  const candidate =
    role === 'governance-editor'
      ? { role, department: scope[0] }
      : role === 'data-manager'
        ? scope[0] === 'department'
          ? { role, department: scope[1] }
          : scope[0] === 'source'
            ? { role, dataset: scope[1] }
            : undefined
        : scope.length === 0
          ? { role }
          : undefined;
  const parsed = grantSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

function claimAt(payload: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined,
      payload,
    );
}

/** Verifies an access token against the provider's published keys (fetched once, refreshed by jose). */
export function openIdVerifier(provider: OpenIdProvider): (token: string) => Promise<Identity> {
  const keys = createRemoteJWKSet(new URL(provider.jwksUrl));
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: provider.issuer,
        audience: provider.audience,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
      });
      if (!payload.sub) throw unauthenticated('the token names no subject');
      const claim = claimAt(payload, provider.grantsClaim);
      const grants = (Array.isArray(claim) ? claim : []).flatMap((value) => grantFromClaim(value) ?? []);
      return { subject: payload.sub, grants };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('the token has expired');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('the token is not valid');
      throw error;
    }
  };
}
