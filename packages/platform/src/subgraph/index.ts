export {
  type DatabaseClient,
  type DatabaseServerOptions,
  type DatabaseSubgraph,
  isDatabaseSubgraph,
  runDatabaseSubgraph,
  startDatabaseSubgraphServer,
} from './database-subgraph';
export { labelledEnumValues } from './labelled-enum-values';
export { TOTAL_COUNT_DESCRIPTION } from './relay-options';
export { requestLoader } from './request-loader';
export {
  createReadOnlySubgraphBuilder,
  createSubgraphBuilder,
  type SubgraphSchemaTypes,
  toSubgraphSchema,
} from './subgraph-builder';
export { type ListenOptions, type SubgraphRequestContext, startSubgraphServer } from './subgraph-server';
