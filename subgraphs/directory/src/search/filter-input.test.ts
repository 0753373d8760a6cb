import { coerceInputValue, type GraphQLInputObjectType, getNamedType, isEnumType } from 'graphql';
import { schema } from '../schema';
import { FILTER_FIELDS, type PlaceFilterInput, placeFilterFromJson, toPlaceFilter } from './filter-input';

const now = new Date('2026-12-02T10:00:00Z');
const graphQLFilter = schema.getType('PlaceFilter') as GraphQLInputObjectType;

/** The filter GraphQL makes of the same value, through the same checks. */
function throughGraphQL(value: unknown) {
  return toPlaceFilter(coerceInputValue(value, graphQLFilter) as PlaceFilterInput, now);
}

describe('a filter written as JSON (the exports)', () => {
  it('has exactly the fields of the GraphQL PlaceFilter input', () => {
    expect(Object.keys(FILTER_FIELDS).sort()).toEqual(Object.keys(graphQLFilter.getFields()).sort());
  });

  it('accepts every value of each enumerated field, as GraphQL does', () => {
    for (const [name, field] of Object.entries(graphQLFilter.getFields())) {
      const type = getNamedType(field.type);
      if (!isEnumType(type)) continue;
      const value = { [name]: type.getValues().map((enumValue) => enumValue.name) };
      expect(placeFilterFromJson(JSON.stringify(value), now)).toEqual(throughGraphQL(value));
    }
  });

  it('gives the filter GraphQL gives', () => {
    for (const value of [
      { territory: { kind: 'DEPARTMENT', code: '40' }, services: 'ADMINISTRATIVE_PROCEDURES' },
      { territories: [{ kind: 'COMMUNE', code: '75056' }], near: null, text: 'médiathèque' },
      { near: { latitude: 43.9, longitude: -0.5, radiusKm: 10 }, fees: ['FREE'], openNow: true },
      { near: { communeCode: '40192', radiusKm: 10 } },
      { boundingBox: { south: 43, west: -1, north: 44, east: 0 }, hasCoordinates: true, stale: false },
      { openAt: '2026-12-03T14:00:00+01:00', datasets: ['landes'], structureTypes: ['bib'] },
    ]) {
      expect(placeFilterFromJson(JSON.stringify(value), now)).toEqual(throughGraphQL(value));
    }
  });

  it.each([
    ['not JSON', '{', 'filter is not valid JSON'],
    ['not an object', '[1]', 'filter: must be an object'],
    ['an unknown field', '{"nope": 1}', 'filter: has no field "nope"'],
    ['an unknown value', '{"services": ["COOKING"]}', 'filter.services.0: "COOKING" is not one of'],
    [
      'a wrong type',
      '{"near": {"latitude": "x", "longitude": 1, "radiusKm": 2}}',
      'filter.near.latitude: must be a number',
    ],
    [
      'a required field missing',
      '{"near": {"latitude": 1, "longitude": 1}}',
      'filter.near.radiusKm: is required',
    ],
    ['a date without a time', '{"openAt": "2026-12-01"}', 'filter.openAt: DateTime must be'],
    [
      'a check of the filter itself',
      '{"near": {"latitude": 1, "longitude": 1, "radiusKm": 900}}',
      'radiusKm must be above 0',
    ],
  ])('refuses %s, saying where', (_case, json, message) => {
    expect(() => placeFilterFromJson(json, now)).toThrow(message);
  });
});
