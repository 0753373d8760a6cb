export { booleanFlag, httpUrl, logLevel, port, postgresUrl, readConfig } from './config';
export {
  applyMigrations,
  createPgAdapter,
  databaseName,
  ensureDatabase,
  prepareDatabase,
  redactUrl,
  withDatabase,
} from './database';
export { badUserInput, ConfigurationError, type ErrorCode, forbidden, notFound } from './errors';
export { formatError } from './graphql/errors';
export {
  type GraphQLHttpServerOptions,
  type HealthReport,
  REQUEST_ID_HEADER,
  type RequestContext,
  type RunningServer,
  startGraphQLHttpServer,
} from './graphql/http-server';
export { pageSizePlugin } from './graphql/page-size-plugin';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './graphql/pagination';
export { relayOptions } from './graphql/relay-options';
export { DateScalar, DateTimeScalar } from './graphql/scalars';
export { type SubgraphServerOptions, startSubgraphServer } from './graphql/subgraph-server';
export { createLogger, type Logger } from './logger';
export { type ReadyMessage, runService } from './service';
export { readSubgraphConfig, type SubgraphConfig } from './subgraph-config';
export { assertTerritoryCode, TERRITORY_CODE_PATTERNS, type TerritoryKind } from './territories/codes';
export {
  type CommuneRecord,
  type DepartmentRecord,
  departmentCodeOfCommune,
  loadTerritoryReferential,
  type RegionRecord,
  type TerritoryReferential,
} from './territories/referential';
export { normalizeForSearch } from './text';
