export { authorizationFor, TEST_AUTH_SECRET } from './auth';
export { type GraphQLResponse, postGraphQL } from './graphql-client';
export { createTestDatabase, type TestDatabase } from './test-database';
