export { type CmsConfig, readCmsConfig } from './cms-config';
export { type RunningCms, startCms } from './start-cms';
