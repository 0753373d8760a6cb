import type { Core } from '@strapi/strapi';

/** The content subgraph reads whole collections, page by page: large pages mean few requests. */
export default (): Core.Config.Api => ({
  rest: { defaultLimit: 25, maxLimit: 500, withCount: true },
});
