export { type AccessRule, assertMay, type GrantOf, holdsGrant, may, type Role } from './access';
export { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem, signGatewayRequest } from './gateway-signature';
export {
  assertAuthSecret,
  type Grant,
  grantSchema,
  type Identity,
  identityFromHeader,
  isAdmin,
  requireIdentity,
  SIGN_IN,
  signToken,
} from './identity';
export { type AuthScope, type AuthScopes, authScopesOf, scopeRefusal } from './scopes';
