export { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem, signGatewayRequest } from './gateway-signature';
export {
  assertAuthSecret,
  type Grant,
  grantSchema,
  type Identity,
  identityFromHeader,
  isAdmin,
  requireIdentity,
  signToken,
} from './identity';
