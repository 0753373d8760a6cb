import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { PLACE_COLUMNS } from '../places/place-columns';
import type { CompiledPlaceFilter } from './place-filter';

export type PlaceSort = 'RELEVANCE' | 'DISTANCE' | 'NAME' | 'FRESHNESS';

export type PlaceWithDistance = Prisma.PlaceGetPayload<object> & { distanceKm: number | null };

function orderBy({ textQuery }: CompiledPlaceFilter, sort: PlaceSort): Prisma.Sql {
  switch (sort) {
    case 'DISTANCE':
      return Prisma.sql`distance_km ASC, sort_name, id`;
    case 'RELEVANCE':
      // Without a word to rank by, every place ranks the same: by name.
      return textQuery
        ? Prisma.sql`ts_rank_cd(search_vector, ${textQuery}) DESC, sort_name, id`
        : Prisma.sql`sort_name, id`;
    case 'FRESHNESS':
      return Prisma.sql`updated_on DESC, sort_name, id`;
    case 'NAME':
      return Prisma.sql`sort_name, id`;
  }
}

/** The sort a search gets when none is asked: relevance for words, distance around a point, else name. */
export function defaultSort(filter: CompiledPlaceFilter): PlaceSort {
  if (filter.textQuery) return 'RELEVANCE';
  return filter.distanceKm ? 'DISTANCE' : 'NAME';
}

/**
 * A page of the places matching the filter, in the asked order, with each one's distance to the
 * `near` point, and the total count: one query (a second only for a page past the end).
 */
export async function searchPlaces(
  prisma: PrismaClient,
  filter: CompiledPlaceFilter,
  sort: PlaceSort,
  page: { limit: number; offset: number },
): Promise<{ places: PlaceWithDistance[]; totalCount: number }> {
  const { condition } = filter;
  const distance = filter.distanceKm ?? Prisma.sql`NULL::float8`;
  const rows = await prisma.$queryRaw<
    (PlaceWithDistance & { distance_km: number | null; totalCount: bigint })[]
  >`
    SELECT ${PLACE_COLUMNS}, ${distance} AS distance_km, round((${distance})::numeric, 3)::float8 AS "distanceKm",
      count(*) OVER () AS "totalCount"
    FROM place WHERE ${condition}
    ORDER BY ${orderBy(filter, sort)} LIMIT ${page.limit} OFFSET ${page.offset}`;
  const totalCount = rows[0]
    ? Number(rows[0].totalCount)
    : Number(
        (await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM place WHERE ${condition}`)[0]
          ?.count ?? 0,
      );
  return { totalCount, places: rows.map(({ totalCount: _total, distance_km: _exact, ...place }) => place) };
}
