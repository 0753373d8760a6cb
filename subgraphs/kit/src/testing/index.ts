export { type GraphQLResponse, postGraphQL } from './graphql-client';
export { createTestDatabase, type TestDatabase } from './test-database';
