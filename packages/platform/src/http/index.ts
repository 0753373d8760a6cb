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
  type OperationGuard,
  type OperationLimitCode,
  type OperationLimits,
  operationGuard,
  subgraphOperationLimits,
} from './operation-guard-plugin';
export { expandedFieldCount, measureOperation, type OperationMeasure } from './operation-measure';
export type { Refusal } from './refusals';
export { DateScalar, DateTimeScalar, parseDateTime } from './scalars';
export { combineStaleContent, type StaleContentNotice, staleContentPlugin } from './stale-content';
