import { badUserInput } from '@passerelle/kit';
import { coerceInputValue, type GraphQLInputType } from 'graphql';
import { schema } from '../schema';
import { toPlaceFilter } from '../schema/place-filter';
import type { PlaceFilter } from '../search/place-filter';

/**
 * A place filter written as JSON, with exactly the shape and checks of the GraphQL `PlaceFilter`
 * input: the HTTP exports and the export command take the same filters as `places`.
 */
export function placeFilterFromJson(json: string | undefined, now: Date): PlaceFilter {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw badUserInput('filter is not valid JSON', 'filter');
  }
  const type = schema.getType('PlaceFilter') as GraphQLInputType;
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    throw badUserInput(`filter${path.length ? `.${path.join('.')}` : ''}: ${error.message}`, 'filter');
  });
  return toPlaceFilter(coerced as Parameters<typeof toPlaceFilter>[0], now);
}
