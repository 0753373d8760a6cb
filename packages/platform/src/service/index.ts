export { createLogger, type Logger } from './logger';
export { type ReadyMessage, runService } from './run-service';
export {
  clearRunningPlatform,
  findRunningPlatform,
  type RunningPlatform,
  recordRunningPlatform,
} from './running-platform';
export {
  type ServiceProcess,
  type ServiceProcessOptions,
  startServiceProcess,
  stopProcess,
} from './service-process';
