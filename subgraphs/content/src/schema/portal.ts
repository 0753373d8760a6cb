import { builder } from '../builder';
import { GUIDES, PAGES, PORTALS, PRACTICES } from '../cms/collections';
import type { PortalRecord } from '../cms/records';
import {
  ContentScope,
  connectionOf,
  draftsForContentEditors,
  loadAllById,
  Media,
  previewArg,
  statusFor,
} from './common';
import {
  ContentInterface,
  GuideConnection,
  GuideRef,
  PageRef,
  PortalConnection,
  PortalRef,
  PracticeRef,
} from './content-types';
import { filterGuides, GuideFilter } from './guide';
import { addLookups } from './lookups';

const PortalColours = builder.objectRef<NonNullable<PortalRecord['colours']>>('PortalColours').implement({
  description: "A portal's theme colours, as #rrggbb.",
  fields: (t) => ({
    primary: t.exposeString('primary', { description: 'Main colour' }),
    secondary: t.exposeString('secondary', { description: 'Second colour' }),
    accent: t.exposeString('accent', { description: 'Colour for highlights' }),
  }),
});

const NavigationLink = builder.objectRef<PortalRecord['navigation'][number]>('NavigationLink').implement({
  description: "An entry of a portal's menu: a path of the portal or a full URL.",
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Text of the entry' }),
    url: t.exposeString('url', { description: 'A path of the portal ("/guides") or a full URL' }),
  }),
});

PortalRef.implement({
  description: 'A portal built on Passerelle: its territory, its look, its featured content and pages.',
  interfaces: [ContentInterface],
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name' }),
    tagline: t.exposeString('tagline', { nullable: true, description: 'A line under its name, if any' }),
    scope: t.field({
      type: ContentScope,
      description: "The portal's territory: the default scope of what it shows",
      resolve: (portal) => portal.scope,
    }),
    colours: t.field({
      type: PortalColours,
      nullable: true,
      description: 'Its theme colours; null when not set',
      resolve: (portal) => portal.colours,
    }),
    logo: t.field({
      type: Media,
      nullable: true,
      description: 'Its logo, if any',
      resolve: (portal) => portal.logo,
    }),
    navigation: t.field({
      type: [NavigationLink],
      description: 'Its menu, in order',
      resolve: (portal) => portal.navigation,
    }),
    featuredGuides: t.field({
      type: [GuideRef],
      nullable: true,
      description: 'Guides it puts forward, in the order chosen',
      resolve: (portal, _args, context) =>
        loadAllById(context, GUIDES, portal.status, portal.featuredGuideIds),
    }),
    featuredPractices: t.field({
      type: [PracticeRef],
      nullable: true,
      description: 'Good practices it puts forward, in the order chosen',
      resolve: (portal, _args, context) =>
        loadAllById(context, PRACTICES, portal.status, portal.featuredPracticeIds),
    }),
    pages: t.field({
      type: [PageRef],
      nullable: true,
      description: 'Its static pages, in order',
      resolve: async (portal, _args, context) =>
        (await context.content.snapshot(PAGES, portal.status)).items.filter(
          (page) => page.portalId === portal.id,
        ),
    }),
    guides: t.connection(
      {
        type: GuideRef,
        nullable: true,
        description: 'The guides it shows, newest first, filtered like `guides`',
        args: { filter: t.arg({ type: GuideFilter, required: false, description: 'Further conditions' }) },
        resolve: async (portal, { filter, ...args }, context) =>
          connectionOf(await filterGuides(context, portal.status, { ...filter, portal: portal.slug }), args),
      },
      GuideConnection,
    ),
  }),
});

addLookups('portal', PortalRef, PORTALS);

builder.queryField('portals', (t) =>
  t.connection(
    {
      type: PortalRef,
      nullable: true,
      description: 'Every portal, by name.',
      args: { preview: t.arg(previewArg) },
      authScopes: draftsForContentEditors,
      resolve: async (_root, { preview, ...args }, context, info) =>
        connectionOf((await context.content.snapshot(PORTALS, statusFor(preview, info))).items, args),
    },
    PortalConnection,
  ),
);
