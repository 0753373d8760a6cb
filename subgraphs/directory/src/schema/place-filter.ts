import { assertKnownTerritory, badUserInput } from '@passerelle/kit';
import { type VocabularyField, vocabularyFields } from '@passerelle/kit/standard-vocabulary';
import { builder } from '../builder';
import type { PlaceFilter } from '../search/place-filter';
import type { PlaceSort } from '../search/search-places';
import { TerritoryInput } from './territories';
import { vocabularyEnums } from './vocabulary';

/**
 * The filter every way of reading places shares (`places`, `placeFacets`, territories' `places`,
 * the HTTP exports), as a GraphQL input, and its checks.
 */

const MAX_RADIUS_KM = 200;
const MAX_TEXT_LENGTH = 200;

const NearInput = builder.inputType('NearInput', {
  description: 'Places within `radiusKm` of a point (each result then has its `distanceKm`).',
  fields: (t) => ({
    latitude: t.float(),
    longitude: t.float(),
    radiusKm: t.float({ description: `At most ${MAX_RADIUS_KM}` }),
  }),
});

const BoundingBoxInput = builder.inputType('BoundingBoxInput', {
  description: 'Places inside a map view, in WGS 84 degrees.',
  fields: (t) => ({ south: t.float(), west: t.float(), north: t.float(), east: t.float() }),
});

export const PlaceSortEnum = builder.enumType('PlaceSort', {
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
    near: t.field({ type: NearInput, required: false }),
    boundingBox: t.field({ type: BoundingBoxInput, required: false }),
    ...Object.fromEntries(
      vocabularyFields.map((field) => [field, t.field({ type: [vocabularyEnums[field]], required: false })]),
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

type Input = typeof PlaceFilterInput.$inferInput;

function checkCoordinates(latitude: number, longitude: number, field: string): void {
  if (latitude < -90 || latitude > 90)
    throw badUserInput('latitude must be between -90 and 90', `${field}.latitude`);
  if (longitude < -180 || longitude > 180)
    throw badUserInput('longitude must be between -180 and 180', `${field}.longitude`);
}

/** Checks a filter from a client and turns it into the search's filter. */
export function toPlaceFilter(input: Input | null | undefined, now: Date, field = 'filter'): PlaceFilter {
  if (!input) return {};
  const filter: PlaceFilter = {};
  const territories = [...(input.territory ? [input.territory] : []), ...(input.territories ?? [])];
  for (const territory of territories) assertKnownTerritory(territory, `${field}.territories.code`);
  if (territories.length) filter.territories = territories;
  if (input.near) {
    checkCoordinates(input.near.latitude, input.near.longitude, `${field}.near`);
    if (!(input.near.radiusKm > 0 && input.near.radiusKm <= MAX_RADIUS_KM)) {
      throw badUserInput(`radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`, `${field}.near.radiusKm`);
    }
    filter.near = input.near;
  }
  if (input.boundingBox) {
    const box = input.boundingBox;
    checkCoordinates(box.south, box.west, `${field}.boundingBox`);
    checkCoordinates(box.north, box.east, `${field}.boundingBox`);
    if (box.south > box.north || box.west > box.east) {
      throw badUserInput('the box must have south ≤ north and west ≤ east', `${field}.boundingBox`);
    }
    filter.boundingBox = box;
  }
  const values: PlaceFilter['values'] = {};
  for (const vocabularyField of vocabularyFields) {
    const selected = (input as Record<string, unknown>)[vocabularyField] as string[] | null | undefined;
    if (selected?.length) values[vocabularyField as VocabularyField] = selected;
  }
  filter.values = values;
  if (input.structureTypes?.length)
    filter.structureTypes = input.structureTypes.map((code) => code.toUpperCase());
  if (input.datasets?.length) filter.datasets = input.datasets;
  if (input.hasCoordinates != null) filter.hasCoordinates = input.hasCoordinates;
  if (input.openAt && input.openNow != null)
    throw badUserInput('give openAt or openNow, not both', `${field}.openNow`);
  if (input.openAt) filter.openAt = input.openAt;
  if (input.openNow === true) filter.openAt = now;
  if (input.text != null) {
    if (input.text.length > MAX_TEXT_LENGTH)
      throw badUserInput(`text must be at most ${MAX_TEXT_LENGTH} characters`, `${field}.text`);
    filter.text = input.text;
  }
  if (input.stale != null) filter.stale = input.stale;
  return filter;
}

/** The asked sort, if any (the search then takes its natural one); refuses a sort the filter cannot give. */
export function askedSort(sort: PlaceSort | null | undefined, filter: PlaceFilter): PlaceSort | undefined {
  if (sort === 'DISTANCE' && !filter.near)
    throw badUserInput('sorting by DISTANCE needs filter.near', 'sort');
  if (sort === 'RELEVANCE' && !filter.text)
    throw badUserInput('sorting by RELEVANCE needs filter.text', 'sort');
  return sort ?? undefined;
}
