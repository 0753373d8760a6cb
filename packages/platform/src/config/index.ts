export { booleanFlag, httpUrl, logLevel, port, postgresUrl, readConfig } from './read-config';
export { loadOrCreateSecrets, type PlatformSecrets, readSecrets } from './secrets';
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
