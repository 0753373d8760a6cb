export {
  assertAuthSecret,
  type Grant,
  grantSchema,
  type Identity,
  identityFromHeader,
  isAdmin,
  requireIdentity,
  signToken,
} from './auth';
export { type CommandPlatform, commandDatabase, commandPlatform, dataDir } from './command-database';
export { booleanFlag, httpUrl, logLevel, port, postgresUrl, readConfig } from './config';
export {
  applyMigrations,
  connect,
  createPgAdapter,
  createPrismaClient,
  databaseName,
  dropDatabase,
  ensureDatabase,
  prepareDatabase,
  redactUrl,
  scalarColumns,
  subgraphDatabase,
  withDatabase,
} from './database';
export { type DatabaseSubgraph, runDatabaseSubgraph } from './database-subgraph';
export {
  badUserInput,
  ConfigurationError,
  type ErrorCode,
  forbidden,
  type InputIssue,
  invalidInput,
  notFound,
  unavailable,
} from './errors';
export { GATEWAY_SIGNATURE_HEADER, gatewaySignatureProblem, signGatewayRequest } from './gateway-signature';
export { formatError } from './graphql/errors';
export {
  type GraphQLHttpServerOptions,
  type HealthReport,
  REQUEST_ID_HEADER,
  type RequestContext,
  type RunningServer,
  startGraphQLHttpServer,
} from './graphql/http-server';
export {
  DEFAULT_OPERATION_LIMITS,
  type OperationLimits,
  operationGuardPlugin,
  subgraphOperationLimits,
} from './graphql/operation-guard-plugin';
export {
  type DocumentShape,
  documentShape,
  measureOperation,
  type OperationMeasure,
} from './graphql/operation-measure';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './graphql/pagination';
export { requestLoader } from './graphql/request-loader';
export { DateScalar, DateTimeScalar, parseDateTime } from './graphql/scalars';
export {
  combineStaleContent,
  type StaleContentNotice,
  staleContentPlugin,
} from './graphql/stale-content';
export {
  createReadOnlySubgraphBuilder,
  createSubgraphBuilder,
  type SubgraphSchemaTypes,
} from './graphql/subgraph-builder';
export {
  databaseHealth,
  type ListenOptions,
  type SubgraphRequestContext,
  type SubgraphServerOptions,
  startSubgraphServer,
} from './graphql/subgraph-server';
export {
  assertKnownTerritory,
  type TerritoryReference,
  territoryInputTypes,
  territoryTypes,
} from './graphql/territory-types';
export {
  DEMO_PLACE_DATASET,
  DEMO_PROGRAM_SLUGS,
  type DemoProgramSlug,
  demoPlaceExternalId,
  demoPlaceId,
  demoProgramId,
  isUuid,
  placeIdOf,
  stableId,
} from './ids';
export { createLogger, type Logger } from './logger';
export {
  clearRunningPlatform,
  findRunningPlatform,
  type RunningPlatform,
  recordRunningPlatform,
} from './running-platform';
export { loadOrCreateSecrets, type PlatformSecrets, readSecrets } from './secrets';
export { SeededRandom } from './seeded-random';
export { type ReadyMessage, runService } from './service';
export {
  type ServiceProcess,
  type ServiceProcessOptions,
  startServiceProcess,
  stopProcess,
} from './service-process';
export {
  generatedSecret,
  readOperationLimits,
  readServiceConfig,
  readSubgraphConfig,
  readSubgraphDatabase,
  type ServiceConfig,
  type SubgraphConfig,
  type SubgraphDatabase,
  type SubgraphSecurity,
} from './subgraph-config';
export {
  assertTerritoryCode,
  MUNICIPAL_ARRONDISSEMENTS,
  TERRITORY_CODE_PATTERNS,
  TERRITORY_KIND_ENUM,
  type TerritoryKind,
} from './territories/codes';
export { departmentCodesOfRegion, regionCodeOfDepartment, territoryExists } from './territories/lookup';
export {
  type CommuneRecord,
  type DepartmentRecord,
  departmentCodeOfCommune,
  loadTerritoryReferential,
  type RegionRecord,
  type TerritoryReferential,
} from './territories/referential';
export { normalizeForSearch, unsafeTextReason } from './text';
