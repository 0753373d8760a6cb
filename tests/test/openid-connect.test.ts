import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '@passerelle/gateway';
import type { RunningServer } from '@passerelle/platform/http';
import { authorizationFor, postGraphQL, postToSubgraph } from '@passerelle/platform/testing';
import { exportJWK, generateKeyPair, type JWTPayload, type KeyLike, SignJWT } from 'jose';
import { gatewayOptionsForTest, startTestPlatform, type TestPlatform } from '../src/platform';

/**
 * Access tokens of a département's identity provider (OpenID Connect), verified by the gateway
 * with the provider's JWKS, served here by the test itself as a provider serves it.
 */

const ISSUER = 'https://idp.landes.test/realms/agents';
const AUDIENCE = 'passerelle';

let platform: TestPlatform;
let gateway: RunningServer;
let jwks: http.Server;
let providerKey: KeyLike;
let strangerKey: KeyLike;

const ENVELOPE = `mutation ($code: String!) { setFinancialEnvelope(departmentCode: $code, year: 2032, ceiling: 50000) { year ceiling } }`;

function accessToken(
  claims: JWTPayload,
  { key = providerKey, audience = AUDIENCE, issuer = ISSUER, expires = '5m' } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'landes-1' })
    .setSubject('agent@landes.fr')
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(key);
}

const asAgent = async (token: Promise<string>, code = '40') =>
  postGraphQL(gateway.url, ENVELOPE, { code }, { authorization: `Bearer ${await token}` });

beforeAll(async () => {
  const provider = await generateKeyPair('RS256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const publicJwk = { ...(await exportJWK(provider.publicKey)), kid: 'landes-1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  platform = await startTestPlatform('openid');
  gateway = await startGateway(
    gatewayOptionsForTest(platform.subgraphUrls, platform.gatewayDatabaseUrl, {
      AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/realms/agents/certs`,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_GRANTS_CLAIM: 'realm_access.roles',
    }),
  );
}, 240_000);

afterAll(async () => {
  await gateway?.stop();
  await platform?.stop();
  jwks?.close();
});

describe("an identity provider's access tokens", () => {
  it("give the provider's caller the grants its claim maps to, in their territory only", async () => {
    const token = accessToken({ realm_access: { roles: ['offline_access', 'governance-editor:40'] } });
    const allowed = await asAgent(token);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.setFinancialEnvelope).toEqual({ year: 2032, ceiling: 50000 });
    const elsewhere = await asAgent(token, '33');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('without a mapped grant are signed in, and refused what needs one', async () => {
    const response = await asAgent(accessToken({ realm_access: { roles: ['offline_access'] } }));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['another audience', { audience: 'another-app' }],
    ['another issuer', { issuer: 'https://idp.gironde.test' }],
    ['a key the provider does not publish', { key: undefined as KeyLike | undefined, stranger: true }],
    ['an expired token', { expires: '-1m' }],
  ])('are refused with 401 UNAUTHENTICATED when signed for %s', async (_case, options) => {
    const { stranger, ...rest } = options as {
      stranger?: boolean;
      audience?: string;
      issuer?: string;
      expires?: string;
    };
    const token = accessToken(
      { realm_access: { roles: ['governance-editor:40'] } },
      { ...rest, ...(stranger ? { key: strangerKey } : {}) },
    );
    const response = await asAgent(token);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('live beside the platform tokens of npm run token', async () => {
    const response = await postGraphQL(
      gateway.url,
      ENVELOPE,
      { code: '33' },
      await authorizationFor([{ role: 'admin' }]),
    );
    expect(response.errors).toBeUndefined();
  });

  it('gain nothing sent straight to a subgraph, even signed as the gateway signs', async () => {
    const token = await accessToken({ realm_access: { roles: ['admin'] } });
    const response = await postToSubgraph(
      platform.subgraphUrls.governance as string,
      ENVELOPE,
      { code: '40' },
      { authorization: `Bearer ${token}` },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
