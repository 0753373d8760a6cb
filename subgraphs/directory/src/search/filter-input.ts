import { communeCentre } from '@passerelle/contracts/territories';
import { assertKnownTerritory, type TerritoryReference } from '@passerelle/contracts/territory-types';
import { badUserInput } from '@passerelle/platform/errors';
import { parseDateTime } from '@passerelle/platform/http';
import { type VocabularyField, valuesOf, vocabularyFields } from '../standard/vocabulary';
import type { PlaceFilter } from './place-filter';

/**
 * The filter as clients give it — the GraphQL `PlaceFilter` input, or the same written as JSON for
 * the exports — and its checks, which turn it into the search's filter.
 */

export const MAX_RADIUS_KM = 200;
const MAX_TEXT_LENGTH = 200;

export type PlaceFilterInput = {
  territory?: TerritoryReference | null;
  territories?: TerritoryReference[] | null;
  near?: NearInput | null;
  boundingBox?: { south: number; west: number; north: number; east: number } | null;
  structureTypes?: string[] | null;
  datasets?: string[] | null;
  hasCoordinates?: boolean | null;
  openAt?: Date | null;
  openNow?: boolean | null;
  text?: string | null;
  stale?: boolean | null;
} & { [Field in VocabularyField]?: string[] | null };

/** Around a point, given by its coordinates or as a commune's centre. */
export interface NearInput {
  latitude?: number | null;
  longitude?: number | null;
  communeCode?: string | null;
  radiusKm: number;
}

/** The centre of a `near`: its commune's, or its own coordinates (never both, never neither). */
function centreOf(near: NearInput, field: string): { latitude: number; longitude: number } {
  const hasPoint = near.latitude != null || near.longitude != null;
  if (near.communeCode != null) {
    if (hasPoint)
      throw badUserInput('give communeCode or latitude and longitude, not both', `${field}.communeCode`);
    const centre = communeCentre(near.communeCode);
    if (!centre)
      throw badUserInput(`no centre is known for the commune "${near.communeCode}"`, `${field}.communeCode`);
    return centre;
  }
  if (near.latitude == null || near.longitude == null) {
    throw badUserInput('give latitude and longitude, or communeCode', `${field}.latitude`);
  }
  checkCoordinates(near.latitude, near.longitude, field);
  return { latitude: near.latitude, longitude: near.longitude };
}

function checkCoordinates(latitude: number, longitude: number, field: string): void {
  if (latitude < -90 || latitude > 90)
    throw badUserInput('latitude must be between -90 and 90', `${field}.latitude`);
  if (longitude < -180 || longitude > 180)
    throw badUserInput('longitude must be between -180 and 180', `${field}.longitude`);
}

/** Checks a filter from a client and turns it into the search's filter. */
export function toPlaceFilter(
  input: PlaceFilterInput | null | undefined,
  now: Date,
  field = 'filter',
): PlaceFilter {
  if (!input) return {};
  const filter: PlaceFilter = {};
  const territories = [...(input.territory ? [input.territory] : []), ...(input.territories ?? [])];
  for (const territory of territories) assertKnownTerritory(territory, `${field}.territories.code`);
  if (territories.length) filter.territories = territories;
  if (input.near) {
    const centre = centreOf(input.near, `${field}.near`);
    if (!(input.near.radiusKm > 0 && input.near.radiusKm <= MAX_RADIUS_KM)) {
      throw badUserInput(`radiusKm must be above 0 and at most ${MAX_RADIUS_KM}`, `${field}.near.radiusKm`);
    }
    filter.near = { ...centre, radiusKm: input.near.radiusKm };
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
/** Reads one value of a JSON filter as GraphQL would coerce it into the PlaceFilter input. */
type Reader = (value: unknown, path: string) => unknown;

function refuse(path: string, message: string): never {
  throw badUserInput(`${path}: ${message}`, 'filter');
}

const number: Reader = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) ? value : refuse(path, 'must be a number');
const string: Reader = (value, path) =>
  typeof value === 'string' ? value : refuse(path, 'must be a string');
const boolean: Reader = (value, path) =>
  typeof value === 'boolean' ? value : refuse(path, 'must be true or false');
const dateTime: Reader = (value, path) => {
  try {
    return parseDateTime(value);
  } catch (error) {
    return refuse(path, (error as Error).message);
  }
};

function oneOf(values: readonly string[]): Reader {
  const allowed = new Set(values);
  return (value, path) =>
    typeof value === 'string' && allowed.has(value)
      ? value
      : refuse(path, `${JSON.stringify(value)} is not one of ${values.join(', ')}`);
}

/** A list; a single value stands for a list of one, as in GraphQL. */
function list(item: Reader): Reader {
  return (value, path) =>
    Array.isArray(value) ? value.map((entry, index) => item(entry, `${path}.${index}`)) : [item(value, path)];
}

/** An object of exactly these fields; `required` ones may be neither missing nor null. */
function object(fields: Record<string, Reader>, required: readonly string[] = Object.keys(fields)): Reader {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      refuse(path, 'must be an object');
    const read: Record<string, unknown> = {};
    for (const [name, given] of Object.entries(value)) {
      const reader = fields[name];
      if (!reader) refuse(path, `has no field "${name}"`);
      if (given !== null) read[name] = reader(given, `${path}.${name}`);
    }
    for (const name of required) if (read[name] === undefined) refuse(`${path}.${name}`, 'is required');
    return read;
  };
}

const territory = object({ kind: oneOf(['REGION', 'DEPARTMENT', 'COMMUNE']), code: string });

/** Every field of the GraphQL PlaceFilter input (a test keeps the two the same). */
export const FILTER_FIELDS: Record<string, Reader> = {
  territory,
  territories: list(territory),
  near: object({ latitude: number, longitude: number, communeCode: string, radiusKm: number }, ['radiusKm']),
  boundingBox: object({ south: number, west: number, north: number, east: number }),
  ...Object.fromEntries(vocabularyFields.map((field) => [field, list(oneOf(valuesOf(field)))])),
  structureTypes: list(string),
  datasets: list(string),
  hasCoordinates: boolean,
  openAt: dateTime,
  openNow: boolean,
  text: string,
  stale: boolean,
};

const readFilter = object(FILTER_FIELDS, []);

/** A place filter written as JSON, with the shape and checks of the GraphQL `PlaceFilter` input. */
export function placeFilterFromJson(json: string | undefined, now: Date): PlaceFilter {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badUserInput('filter is not valid JSON', 'filter');
  }
  return toPlaceFilter(readFilter(value, 'filter') as PlaceFilterInput, now);
}
