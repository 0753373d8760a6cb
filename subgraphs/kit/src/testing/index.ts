export { authorizationFor, TEST_AUTH_SECRET } from './auth';
export { freePort } from './free-port';
export { type GraphQLResponse, postGraphQL } from './graphql-client';
export {
  type SubgraphTestOptions,
  type SubgraphUnderTest,
  startSubgraphForTest,
} from './subgraph-under-test';
export { createTestDatabase, type TestDatabase } from './test-database';
