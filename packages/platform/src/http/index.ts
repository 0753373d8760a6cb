export { formatError } from './format-error';
export {
  type GraphQLHttpServerOptions,
  type HealthReport,
  REQUEST_ID_HEADER,
  type RequestContext,
  type RunningServer,
  startGraphQLHttpServer,
} from './http-server';
export {
  DEFAULT_OPERATION_LIMITS,
  type OperationLimits,
  operationGuardPlugin,
  subgraphOperationLimits,
} from './operation-guard-plugin';
export {
  type DocumentShape,
  documentShape,
  measureOperation,
  type OperationMeasure,
} from './operation-measure';
export type { Refusal } from './refusals';
export { DateScalar, DateTimeScalar, parseDateTime } from './scalars';
export { combineStaleContent, type StaleContentNotice, staleContentPlugin } from './stale-content';
