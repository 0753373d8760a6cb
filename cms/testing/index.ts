export { CmsAdmin, CmsAdminError } from './cms-admin';
export { type CmsTestOptions, type CmsUnderTest, startCmsForTest } from './cms-under-test';
