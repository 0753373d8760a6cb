import { PAGES, PORTALS } from '../cms/collections';
import { loadById } from './common';
import { ContentInterface, PageRef, PortalRef } from './content-types';
import { addLookups } from './lookups';

PageRef.implement({
  description: 'A static page of a portal (about, legal notice, contact…).',
  interfaces: [ContentInterface],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title' }),
    body: t.exposeString('body', { description: 'Markdown' }),
    position: t.exposeInt('position', { description: "Its place in the portal's list of pages" }),
    portal: t.field({
      type: PortalRef,
      nullable: true,
      description: 'The portal it belongs to; null when none',
      resolve: (page, _args, context) =>
        page.portalId ? loadById(context, PORTALS, page.status, page.portalId) : null,
    }),
  }),
});

addLookups('page', PageRef, PAGES);
