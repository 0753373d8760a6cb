import { badUserInput, notFound } from '@passerelle/platform/errors';
import type { ContentContext } from '../builder';
import { builder } from '../builder';
import { GUIDES, PORTALS } from '../cms/collections';
import type { ContentStatus, GuideRecord } from '../cms/records';
import { concerns } from '../territory-scope';
import {
  allOf,
  anyOf,
  ContentScope,
  filterTerritories,
  loadAllById,
  Media,
  type TerritoryFilter,
  territoryFilterFields,
  textMatcher,
} from './common';
import { addTerritorialList } from './content-lists';
import { ContentInterface, GuideConnection, GuideRef, PortalRef } from './content-types';
import { addLookups } from './lookups';
import { FundingProgramRef, PlaceRef } from './references';
import { AudienceEnum, ContentThemeEnum } from './vocabulary';

const WORDS_PER_MINUTE = 200;

GuideRef.implement({
  description: 'A guide for citizens, digital helpers, mediators, elected officials or social workers.',
  interfaces: [ContentInterface],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title' }),
    summary: t.exposeString('summary', { description: 'A short summary, plain text' }),
    body: t.exposeString('body', { description: 'Markdown' }),
    audiences: t.field({
      type: [AudienceEnum],
      description: 'Who it is written for',
      resolve: (guide) => guide.audiences,
    }),
    themes: t.field({
      type: [ContentThemeEnum],
      description: 'What it is about',
      resolve: (guide) => guide.themes,
    }),
    scope: t.field({
      type: ContentScope,
      description: 'Where it applies: nationally or in some territories',
      resolve: (guide) => guide.scope,
    }),
    portals: t.field({
      type: [PortalRef],
      nullable: true,
      description: 'The portals that show it',
      resolve: (guide, _args, context) => loadAllById(context, PORTALS, guide.status, guide.portalIds),
    }),
    fundingPrograms: t.field({
      type: [FundingProgramRef],
      nullable: true,
      description: 'The funding programmes it is about',
      resolve: (guide) => guide.fundingProgramIds.map((id) => ({ id })),
    }),
    places: t.field({
      type: [PlaceRef],
      nullable: true,
      description: 'The places it points to',
      resolve: (guide) => guide.placeIds.map((id) => ({ id })),
    }),
    cover: t.field({
      type: Media,
      nullable: true,
      description: 'Its cover image, if any',
      resolve: (guide) => guide.cover,
    }),
    readingTimeMinutes: t.int({
      description: "The editor's estimate, or else the body's length read at 200 words a minute",
      resolve: (guide) =>
        guide.readingTimeMinutes ??
        Math.max(1, Math.round(guide.body.split(/\s+/).filter(Boolean).length / WORDS_PER_MINUTE)),
    }),
  }),
});

addLookups('guide', GuideRef, GUIDES);

export interface GuideFilterInput extends TerritoryFilter {
  includeNational?: boolean | null;
  audiences?: GuideRecord['audiences'] | null;
  themes?: GuideRecord['themes'] | null;
  portal?: string | null;
  text?: string | null;
}

export const GuideFilter = builder.inputType('GuideFilter', {
  description: 'Every condition given must hold; a list means any of its values.',
  fields: (t) => ({
    ...territoryFilterFields(t, {
      territory: 'Guides that concern this territory',
      territories:
        'Guides that concern any of these territories: scoped to them, to what contains them (a région guide shows in its départements and communes) or to what they contain',
    }),
    includeNational: t.boolean({
      required: false,
      description: 'With a territory: include national guides (default true)',
    }),
    audiences: t.field({ type: [AudienceEnum], required: false, description: 'For any of these audiences' }),
    themes: t.field({ type: [ContentThemeEnum], required: false, description: 'About any of these themes' }),
    portal: t.string({ required: false, description: 'Shown on this portal (its slug)' }),
    text: t.string({ required: false, description: 'Words in the title, summary or body (accents ignored)' }),
  }),
});

/** The guides matching a filter, in list order (newest first). */
export async function filterGuides(
  context: ContentContext,
  status: ContentStatus,
  filter: GuideFilterInput | null | undefined,
  territories = filter ? filterTerritories(filter) : undefined,
): Promise<GuideRecord[]> {
  const guides = await context.content.snapshot(GUIDES, status);
  let portalId: string | undefined;
  if (filter?.portal != null) {
    if (!filter.portal.trim()) throw badUserInput('portal must be a portal slug', 'filter.portal');
    const portal = (await context.content.snapshot(PORTALS, status)).bySlug.get(filter.portal);
    if (!portal) throw notFound('Portal', filter.portal);
    portalId = portal.id;
  }
  return guides.items.filter(
    allOf<GuideRecord>([
      territories && ((guide) => concerns(guide.scope, territories, filter?.includeNational ?? true)),
      (guide) => anyOf(guide.audiences, filter?.audiences),
      (guide) => anyOf(guide.themes, filter?.themes),
      portalId !== undefined && ((guide) => guide.portalIds.includes(portalId)),
      textMatcher(filter?.text),
    ]),
  );
}

addTerritorialList({
  field: 'guides',
  ref: GuideRef,
  connection: GuideConnection,
  filter: GuideFilter,
  select: filterGuides,
  queryDescription: 'Guides matching the filter, newest first.',
  territoryDescription: 'Guides that concern it, newest first, filtered like `guides`',
});
