import type { PrismaClient } from '../generated/prisma/client';
import { type CompiledPlaceFilter, compilePlaceFilter, type PlaceFilter } from './place-filter';

interface RequestFilters {
  /** The instant every "open now" and staleness of the request is judged at. */
  now: Date;
  /** Each distinct filter of the request, compiled once (a promise, so concurrent fields share it). */
  compiled: Map<string, Promise<CompiledPlaceFilter>>;
}

// Keyed by the request's context object, which Apollo creates once per request and then drops.
const byRequest = new WeakMap<object, RequestFilters>();

function requestFilters(context: object): RequestFilters {
  let filters = byRequest.get(context);
  if (!filters) {
    filters = { now: new Date(), compiled: new Map() };
    byRequest.set(context, filters);
  }
  return filters;
}

/** The request's one "now": `places` and `placeFacets` of one page agree on what is open. */
export function requestInstant(context: object): Date {
  return requestFilters(context).now;
}

/**
 * The filter compiled once per request: a page asking `places` and `placeFacets` with the same
 * filter runs the text query, the distance SQL and the opening-hours candidates once.
 */
export function compileForRequest(
  context: { prisma: PrismaClient },
  filter: PlaceFilter,
): Promise<CompiledPlaceFilter> {
  const { now, compiled } = requestFilters(context);
  const key = JSON.stringify(filter);
  let found = compiled.get(key);
  if (!found) {
    found = compilePlaceFilter(context.prisma, filter, now);
    compiled.set(key, found);
  }
  return found;
}
