export { authorizationFor, TEST_AUTH_SECRET, TEST_GATEWAY_SECRET, TEST_SUBGRAPH_SECURITY } from './auth';
export { freePort } from './free-port';
export { type GraphQLResponse, getFromSubgraph, postGraphQL, postToSubgraph } from './graphql-client';
export {
  type SubgraphTestOptions,
  type SubgraphUnderTest,
  startSubgraphForTest,
} from './subgraph-under-test';
export { createTestDatabase, type TestDatabase } from './test-database';
