import { decodeJwt, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { unauthenticated } from '../errors';

/**
 * Who is calling. For now a token signed with the platform's AUTH_SECRET (HS256), verified by
 * each subgraph; the gateway forwards the Authorization header as it is.
 */

export const grantSchema = z.union([
  z.object({ role: z.literal('admin') }),
  z.object({ role: z.literal('data-manager'), dataset: z.string().min(1) }),
  z.object({ role: z.literal('data-manager'), department: z.string().min(1) }),
  z.object({ role: z.literal('funding-editor') }),
  z.object({ role: z.literal('governance-editor'), department: z.string().min(1) }),
  z.object({ role: z.literal('content-editor') }),
]);

export type Grant = z.infer<typeof grantSchema>;

export interface Identity {
  subject: string;
  grants: Grant[];
}

const claimsSchema = z.object({ sub: z.string().min(1), grants: z.array(grantSchema) });

/** The issuer of platform tokens: tokens of other issuers are an identity provider's. */
export const PLATFORM_ISSUER = 'passerelle';
const MIN_SECRET_LENGTH = 32;

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export function assertAuthSecret(secret: string | undefined): asserts secret is string {
  if (!secret || secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
}

/** A platform token; `expiresIn` is a duration (`30d`) or a time in seconds since the epoch. */
export async function signToken(
  identity: Identity,
  secret: string,
  expiresIn: string | number = '30d',
): Promise<string> {
  assertAuthSecret(secret);
  return new SignJWT({ grants: identity.grants })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(PLATFORM_ISSUER)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key(secret));
}

/** A token's issuer and expiry as it claims them, unverified: which verifier to use. */
export function unverifiedClaims(token: string): {
  issuer: string | undefined;
  expiresAt: number | undefined;
} {
  try {
    const { iss, exp } = decodeJwt(token);
    return { issuer: iss, expiresAt: exp };
  } catch {
    throw unauthenticated('the token is not valid');
  }
}

/** The caller's identity from an `Authorization: Bearer …` header; null without one. */
export async function identityFromHeader(
  header: string | undefined,
  secret: string,
): Promise<Identity | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1] as string, key(secret), {
      issuer: PLATFORM_ISSUER,
      algorithms: ['HS256'],
    });
    const claims = claimsSchema.parse(payload);
    return { subject: claims.sub, grants: claims.grants };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('the token has expired');
    throw unauthenticated('the token is not valid');
  }
}

/** What UNAUTHENTICATED says to a caller without a token where one is needed. */
export const SIGN_IN = 'sign in: this operation needs an Authorization token';

/** The identity a mutation needs: an UNAUTHENTICATED error without one. */
export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw unauthenticated(SIGN_IN);
  return identity;
}

export function isAdmin(identity: Identity): boolean {
  return identity.grants.some((grant) => grant.role === 'admin');
}
