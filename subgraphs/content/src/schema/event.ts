import type { ContentContext } from '../builder';
import { builder } from '../builder';
import { EVENTS } from '../cms/collections';
import type { ContentStatus, EventRecord } from '../cms/records';
import { concerns, scopeOf } from '../territory-scope';
import {
  allOf,
  anyOf,
  ContentScope,
  filterTerritories,
  type TerritoryFilter,
  territoryFilterFields,
  textMatcher,
} from './common';
import { addTerritorialList } from './content-lists';
import { ContentInterface, EventConnection, EventRef } from './content-types';
import { addLookups } from './lookups';
import { PlaceRef } from './references';
import { AudienceEnum } from './vocabulary';

EventRef.implement({
  description: 'A workshop, webinar or meeting, in a place or online.',
  interfaces: [ContentInterface],
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title' }),
    summary: t.exposeString('summary', { description: 'A short summary, plain text' }),
    description: t.exposeString('description', { nullable: true, description: 'Markdown' }),
    startsAt: t.expose('startsAt', { type: 'DateTime', description: 'When it starts' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: 'When it ends' }),
    online: t.exposeBoolean('online', { description: 'Whether it takes place online' }),
    onlineUrl: t.exposeString('onlineUrl', {
      nullable: true,
      description: 'URL to join it online, if given',
    }),
    venue: t.exposeString('venue', { nullable: true, description: 'Address of the venue' }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place of the directory that hosts it',
      resolve: (event) => (event.placeId ? { id: event.placeId } : null),
    }),
    scope: t.field({
      type: ContentScope,
      description: 'Where it takes place',
      resolve: (event) => scopeOf(event.territory),
    }),
    registrationUrl: t.exposeString('registrationUrl', {
      nullable: true,
      description: 'URL to register, if registration is needed',
    }),
    audiences: t.field({
      type: [AudienceEnum],
      description: 'Who it is for',
      resolve: (event) => event.audiences,
    }),
  }),
});

addLookups('event', EventRef, EVENTS);

export interface EventFilterInput extends TerritoryFilter {
  audiences?: EventRecord['audiences'] | null;
  online?: boolean | null;
  upcoming?: boolean | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
  placeId?: string | null;
  text?: string | null;
}

export const EventFilter = builder.inputType('EventFilter', {
  description: 'Every condition given must hold; a list means any of its values.',
  fields: (t) => ({
    ...territoryFilterFields(t, {
      territory: 'Events in this territory',
      territories: 'Events in any of these territories',
    }),
    audiences: t.field({ type: [AudienceEnum], required: false, description: 'For any of these audiences' }),
    online: t.boolean({ required: false, description: 'Online only (true) or in person only (false)' }),
    upcoming: t.boolean({
      required: false,
      description: 'Only events not over yet (the default); false includes past events',
    }),
    startsAfter: t.field({
      type: 'DateTime',
      required: false,
      description: 'Starting at or after this instant',
    }),
    startsBefore: t.field({
      type: 'DateTime',
      required: false,
      description: 'Starting at or before this instant',
    }),
    text: t.string({ required: false, description: 'Words in the title, texts or venue (accents ignored)' }),
  }),
});

/** The events matching a filter, soonest first; upcoming ones only unless the filter says otherwise. */
export async function filterEvents(
  context: ContentContext,
  status: ContentStatus,
  filter: EventFilterInput | null | undefined,
  territories = filter ? filterTerritories(filter) : undefined,
): Promise<EventRecord[]> {
  const events = await context.content.snapshot(EVENTS, status);
  const now = Date.now();
  return events.items.filter(
    allOf<EventRecord>([
      (filter?.upcoming ?? true) && ((event) => event.endsAt.getTime() >= now),
      territories && ((event) => concerns(scopeOf(event.territory), territories)),
      (event) => anyOf(event.audiences, filter?.audiences),
      filter?.online != null && ((event) => event.online === filter.online),
      filter?.startsAfter != null && ((event) => event.startsAt >= (filter.startsAfter as Date)),
      filter?.startsBefore != null && ((event) => event.startsAt <= (filter.startsBefore as Date)),
      filter?.placeId != null && ((event) => event.placeId === filter.placeId),
      textMatcher(filter?.text),
    ]),
  );
}

addTerritorialList({
  field: 'events',
  ref: EventRef,
  connection: EventConnection,
  filter: EventFilter,
  select: filterEvents,
  queryDescription: 'Events matching the filter, soonest first.',
  territoryDescription: 'Events there, soonest first, upcoming ones unless the filter says otherwise',
});
