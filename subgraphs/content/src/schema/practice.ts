import type { ContentContext } from '../builder';
import { builder } from '../builder';
import { PRACTICES } from '../cms/collections';
import type { ContentStatus, PracticeRecord } from '../cms/records';
import { concerns, scopeOf } from '../territory-scope';
import {
  allOf,
  anyOf,
  ContentScope,
  filterTerritories,
  Media,
  type TerritoryFilter,
  territoryFilterFields,
  textMatcher,
} from './common';
import { addTerritorialList } from './content-lists';
import { ContentInterface, PracticeConnection, PracticeRef } from './content-types';
import { addLookups } from './lookups';
import { PlaceRef } from './references';
import { ContentThemeEnum } from './vocabulary';

const Contact = builder.objectRef<NonNullable<PracticeRecord['contact']>>('Contact').implement({
  description: 'Whom to contact about a good practice; each part only when the editor gave it.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true, description: 'Name of a person or team' }),
    email: t.exposeString('email', { nullable: true, description: 'Email address' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number' }),
    url: t.exposeString('url', { nullable: true, description: 'URL of a website or page' }),
  }),
});

const dateOf = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

PracticeRef.implement({
  description: 'A documented local initiative: a good practice other territories can learn from.',
  interfaces: [ContentInterface],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title' }),
    organisation: t.exposeString('organisation', { description: 'Who runs it' }),
    summary: t.exposeString('summary', { description: 'A short summary, plain text' }),
    description: t.exposeString('description', { description: 'Markdown' }),
    results: t.exposeString('results', { nullable: true, description: 'Markdown: what it achieved' }),
    scope: t.field({
      type: ContentScope,
      description: 'Where it takes place',
      resolve: (practice) => scopeOf(practice.territory),
    }),
    startDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it started, if known',
      resolve: (practice) => dateOf(practice.startDate),
    }),
    endDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it ended; null when it goes on or is not known',
      resolve: (practice) => dateOf(practice.endDate),
    }),
    contact: t.field({
      type: Contact,
      nullable: true,
      description: 'Whom to contact about it, if given',
      resolve: (practice) => practice.contact,
    }),
    themes: t.field({
      type: [ContentThemeEnum],
      description: 'What it is about',
      resolve: (practice) => practice.themes,
    }),
    places: t.field({
      type: [PlaceRef],
      nullable: true,
      description: 'The places where it happens',
      resolve: (practice) => practice.placeIds.map((id) => ({ id })),
    }),
    cover: t.field({
      type: Media,
      nullable: true,
      description: 'Its cover image, if any',
      resolve: (practice) => practice.cover,
    }),
  }),
});

addLookups('practice', PracticeRef, PRACTICES);

export interface PracticeFilterInput extends TerritoryFilter {
  themes?: PracticeRecord['themes'] | null;
  text?: string | null;
}

export const PracticeFilter = builder.inputType('PracticeFilter', {
  description: 'Every condition given must hold; a list means any of its values.',
  fields: (t) => ({
    ...territoryFilterFields(t, {
      territory: 'Practices in this territory',
      territories: 'Practices in any of these territories (or covering them, such as a région-wide one)',
    }),
    themes: t.field({ type: [ContentThemeEnum], required: false, description: 'About any of these themes' }),
    text: t.string({
      required: false,
      description: 'Words in the title, organisation or texts (accents ignored)',
    }),
  }),
});

export async function filterPractices(
  context: ContentContext,
  status: ContentStatus,
  filter: PracticeFilterInput | null | undefined,
  territories = filter ? filterTerritories(filter) : undefined,
): Promise<PracticeRecord[]> {
  const practices = await context.content.snapshot(PRACTICES, status);
  return practices.items.filter(
    allOf<PracticeRecord>([
      territories && ((practice) => concerns(scopeOf(practice.territory), territories)),
      (practice) => anyOf(practice.themes, filter?.themes),
      textMatcher(filter?.text),
    ]),
  );
}

addTerritorialList({
  field: 'practices',
  ref: PracticeRef,
  connection: PracticeConnection,
  filter: PracticeFilter,
  select: filterPractices,
  queryDescription: 'Good practices matching the filter, newest first.',
  territoryDescription: 'Good practices there, newest first, filtered like `practices`',
});
