export {
  type DatabaseClient,
  type DatabaseSubgraph,
  isDatabaseSubgraph,
  runDatabaseSubgraph,
} from './database-subgraph';
export { labelledEnumValues } from './labelled-enum-values';
export { TOTAL_COUNT_DESCRIPTION } from './relay-options';
export { requestLoader } from './request-loader';
export {
  createReadOnlySubgraphBuilder,
  createSubgraphBuilder,
  type SubgraphSchemaTypes,
} from './subgraph-builder';
export {
  databaseHealth,
  type ListenOptions,
  type SubgraphRequestContext,
  type SubgraphServerOptions,
  startSubgraphServer,
} from './subgraph-server';
