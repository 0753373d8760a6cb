export { type CmsConfig, readCmsConfig } from './cms-config';
export { DEFAULT_ADMIN_EMAIL, type FirstAdminCreated, isFirstAdminCreated } from './first-admin';
export { type RunningCms, startCms } from './start-cms';
