export { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig, subgraphsOf } from './config';
export { type GatewayOptions, startGateway } from './server';
