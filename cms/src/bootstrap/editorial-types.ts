/** Passerelle's editorial content types, which roles, the API token and the webhook cover. */
export const EDITORIAL_TYPES = [
  'api::guide.guide',
  'api::practice.practice',
  'api::resource.resource',
  'api::event.event',
  'api::page.page',
  'api::portal.portal',
] as const;

export type EditorialType = (typeof EDITORIAL_TYPES)[number];
