export { type ChangeSettings, readChangeSettings, redisUrl } from './change-settings';
export { COMPOSITION_FILE, type ComposedSubgraph, composedSubgraph, composedSubgraphs } from './composition';
export { DEFAULT_PORTS } from './defaults';
export { booleanFlag, httpUrl, logLevel, port, postgresUrl, readConfig } from './read-config';
export { dataDir, REPOSITORY_ROOT } from './repository';
export { loadOrCreateSecrets, type PlatformSecrets, readSecrets, secretsEnvironment } from './secrets';
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
