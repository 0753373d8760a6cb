export { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig, subgraphsOf } from './config';
export { measureOperation, type QueryLimits, queryLimitsPlugin } from './limits';
export { type GatewayOptions, startGateway } from './server';
