export { type AccessRule, assertMay, type GrantOf, holdsGrant, may, type Role } from './access';
export {
  GATEWAY_SIGNATURE_HEADER,
  gatewaySignatureProblem,
  requestTarget,
  signGatewayRequest,
} from './gateway-signature';
export {
  assertAuthSecret,
  type Grant,
  grantSchema,
  type Identity,
  identityFromHeader,
  isAdmin,
  PLATFORM_ISSUER,
  requireIdentity,
  SIGN_IN,
  signToken,
  unverifiedClaims,
} from './identity';
export { grantFromClaim, type OpenIdProvider, openIdVerifier } from './openid-connect';
export { type AuthScope, type AuthScopes, authScopesOf, scopeRefusal } from './scopes';
