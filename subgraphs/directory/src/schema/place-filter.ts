import { CACHE_MAX_AGE, cacheAtMostFor } from '@passerelle/platform/cache';
import { badUserInput } from '@passerelle/platform/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder';
import { MAX_RADIUS_KM } from '../search/filter-input';
import type { PlaceFilter } from '../search/place-filter';
import type { PlaceSort } from '../search/search-places';
import { COLUMN_OF_FIELD } from '../standard/columns';
import { vocabularyFields } from '../standard/vocabulary';
import { TerritoryInput } from './territories';
import { vocabularyEnums } from './vocabulary';

/**
 * The filter every way of reading places shares (`places`, `placeFacets`, territories' `places`),
 * as a GraphQL input; search/filter-input.ts checks it, and reads the same filter as JSON for the
 * exports.
 */

const NearInput = builder.inputType('NearInput', {
  description:
    "Places within `radiusKm` of a point, or of a commune's centre (each result then has its `distanceKm`).",
  fields: (t) => ({
    latitude: t.float({ required: false, description: 'Of the centre, in degrees north (-90 to 90)' }),
    longitude: t.float({ required: false, description: 'Of the centre, in degrees east (-180 to 180)' }),
    communeCode: t.string({
      required: false,
      description: 'INSEE code of a commune whose centre is the centre (instead of latitude and longitude)',
    }),
    radiusKm: t.float({ description: `In kilometres, above 0 and at most ${MAX_RADIUS_KM}` }),
  }),
});

const BoundingBoxInput = builder.inputType('BoundingBoxInput', {
  description: 'Places inside a map view, in WGS 84 degrees.',
  fields: (t) => ({
    south: t.float({ description: 'Southern edge, degrees north (at most `north`)' }),
    west: t.float({ description: 'Western edge, degrees east (at most `east`)' }),
    north: t.float({ description: 'Northern edge, degrees north' }),
    east: t.float({ description: 'Eastern edge, degrees east' }),
  }),
});

export const PlaceSortEnum = builder.enumType('PlaceSort', {
  description: 'The order of places in a list.',
  values: {
    RELEVANCE: { description: 'Best match of `text` first (the default with `text`)' },
    DISTANCE: { description: 'Nearest to `near` first (the default with `near`)' },
    NAME: { description: 'Alphabetical, accents ignored (the default otherwise)' },
    FRESHNESS: { description: 'Most recently updated by their producer first' },
  },
});

export const PlaceFilterInput = builder.inputType('PlaceFilter', {
  description: 'Every condition must hold; a list means any of its values.',
  fields: (t) => ({
    territory: t.field({ type: TerritoryInput, required: false, description: 'Places of this territory' }),
    territories: t.field({
      type: [TerritoryInput],
      required: false,
      description: 'Places of any of these territories',
    }),
    near: t.field({ type: NearInput, required: false, description: 'Places around a point' }),
    boundingBox: t.field({
      type: BoundingBoxInput,
      required: false,
      description: 'Places inside a map view',
    }),
    ...Object.fromEntries(
      vocabularyFields.map((field) => [
        field,
        t.field({
          type: [vocabularyEnums[field]],
          required: false,
          description: `Places with any of these values of \`${COLUMN_OF_FIELD[field]}\``,
        }),
      ]),
    ),
    structureTypes: t.stringList({
      required: false,
      description: 'Any of these typology codes (BIB, MUNI, ASSO…)',
    }),
    datasets: t.stringList({ required: false, description: 'Places imported into any of these sources' }),
    hasCoordinates: t.boolean({ required: false, description: 'Only places with (or without) coordinates' }),
    openAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'Open at this instant, in their local time',
    }),
    openNow: t.boolean({ required: false, description: 'true: only places open now (false: no condition)' }),
    text: t.string({ required: false, description: 'Words of the name, commune, summary or description' }),
    stale: t.boolean({
      required: false,
      description: 'Only places not updated for 12 months (or only fresher ones)',
    }),
  }),
});

/** The asked sort, if any (the search then takes its natural one); refuses a sort the filter cannot give. */
export function askedSort(sort: PlaceSort | null | undefined, filter: PlaceFilter): PlaceSort | undefined {
  if (sort === 'DISTANCE' && !filter.near)
    throw badUserInput('sorting by DISTANCE needs filter.near', 'sort');
  if (sort === 'RELEVANCE' && !filter.text)
    throw badUserInput('sorting by RELEVANCE needs filter.text', 'sort');
  return sort ?? undefined;
}

/** "Open now" answers change with the clock: such a search is cached for a minute at most. */
export function cacheOpenNowBriefly(
  filter: { openNow?: boolean | null | undefined } | null | undefined,
  info: GraphQLResolveInfo,
): void {
  if (filter?.openNow) cacheAtMostFor(info, CACHE_MAX_AGE.clock);
}
