export { type ContentConfig, readContentConfig } from './config';
export { schema } from './schema';
export { type RunningContentServer, startContentServer } from './server';
export { WEBHOOK_PATH } from './webhook';
