import { builder } from '../builder';
import { RESOURCES } from '../cms/collections';
import type { ResourceRecord } from '../cms/records';
import {
  allOf,
  anyOf,
  connectionOf,
  draftsForContentEditors,
  Media,
  previewArg,
  statusFor,
  textMatcher,
} from './common';
import { ContentInterface, ResourceConnection, ResourceRef } from './content-types';
import { addLookups } from './lookups';
import { AudienceEnum, ContentThemeEnum, ResourceKindEnum } from './vocabulary';

ResourceRef.implement({
  description: 'A toolkit item for digital helpers: intervention kit, diagnostic tool, template, training.',
  interfaces: [ContentInterface],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title' }),
    summary: t.exposeString('summary', { description: 'A short summary, plain text' }),
    description: t.exposeString('description', { nullable: true, description: 'Markdown' }),
    kind: t.field({
      type: ResourceKindEnum,
      description: 'What kind of item it is',
      resolve: (resource) => resource.kind,
    }),
    file: t.field({
      type: Media,
      nullable: true,
      description: 'The file to download',
      resolve: (resource) => resource.file,
    }),
    link: t.exposeString('link', { nullable: true, description: 'Where the resource is online' }),
    audiences: t.field({
      type: [AudienceEnum],
      description: 'Who it is meant for',
      resolve: (resource) => resource.audiences,
    }),
    themes: t.field({
      type: [ContentThemeEnum],
      description: 'What it is about',
      resolve: (resource) => resource.themes,
    }),
  }),
});

addLookups('resource', ResourceRef, RESOURCES);

const ResourceFilter = builder.inputType('ResourceFilter', {
  description: 'Every condition given must hold; a list means any of its values.',
  fields: (t) => ({
    kinds: t.field({ type: [ResourceKindEnum], required: false, description: 'Of any of these kinds' }),
    audiences: t.field({ type: [AudienceEnum], required: false, description: 'For any of these audiences' }),
    themes: t.field({ type: [ContentThemeEnum], required: false, description: 'About any of these themes' }),
    text: t.string({ required: false, description: 'Words in the title or texts (accents ignored)' }),
  }),
});

builder.queryField('resources', (t) =>
  t.connection(
    {
      type: ResourceRef,
      nullable: true,
      description: 'Toolkit items matching the filter, newest first.',
      args: {
        filter: t.arg({
          type: ResourceFilter,
          required: false,
          description: 'Without it, every toolkit item',
        }),
        preview: t.arg(previewArg),
      },
      authScopes: draftsForContentEditors,
      resolve: async (_root, { filter, preview, ...args }, context, info) => {
        const resources = await context.content.snapshot(RESOURCES, statusFor(preview, info));
        const matching = resources.items.filter(
          allOf<ResourceRecord>([
            (resource) => anyOf([resource.kind], filter?.kinds),
            (resource) => anyOf(resource.audiences, filter?.audiences),
            (resource) => anyOf(resource.themes, filter?.themes),
            textMatcher(filter?.text),
          ]),
        );
        return connectionOf(matching, args);
      },
    },
    ResourceConnection,
  ),
);
