import {
  identityFromHeader,
  type OpenIdProvider,
  openIdVerifier,
  PLATFORM_ISSUER,
  signToken,
  unverifiedClaims,
} from '@passerelle/platform/auth';
import { unauthenticated } from '@passerelle/platform/errors';

/** How long a platform token minted for an identity provider's caller lives at most. */
const MINTED_TOKEN_SECONDS = 300;
const MINTED_CACHE_SIZE = 1000;

/**
 * The Authorization header the gateway sends the subgraphs for a caller's header, verified here:
 * a platform token (`npm run token`) goes on as it is; an identity provider's access token
 * (OpenID Connect, verified with its JWKS) becomes a short-lived platform token with the same
 * subject and grants, so that subgraphs verify one kind of token whatever the provider.
 */
export function callerAuthorization(
  authSecret: string,
  provider: OpenIdProvider | undefined,
): (header: string | undefined) => Promise<string | undefined> {
  const verifyOpenId = provider && openIdVerifier(provider);
  // Tokens are reused for many requests: mint once per token (while it lives), not per request.
  const minted = new Map<string, { header: string; expiresAt: number }>();

  return async (header) => {
    if (!header) return undefined;
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const claimed = token ? unverifiedClaims(token) : undefined;
    if (!token || !claimed || claimed.issuer === PLATFORM_ISSUER || !verifyOpenId) {
      await identityFromHeader(header, authSecret);
      return header;
    }
    const nowSeconds = Math.floor(Date.now() / 1000);
    const cached = minted.get(token);
    if (cached && cached.expiresAt > nowSeconds + 10) return cached.header;
    if (claimed.issuer !== provider.issuer) throw unauthenticated('the token is not valid');
    const identity = await verifyOpenId(token);
    const expiresAt = Math.min(
      claimed.expiresAt ?? Number.POSITIVE_INFINITY,
      nowSeconds + MINTED_TOKEN_SECONDS,
    );
    const forwarded = `Bearer ${await signToken(identity, authSecret, expiresAt)}`;
    if (minted.size >= MINTED_CACHE_SIZE) minted.clear();
    minted.set(token, { header: forwarded, expiresAt });
    return forwarded;
  };
}
