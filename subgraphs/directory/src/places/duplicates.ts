import type { TerritoryReference } from '@passerelle/contracts/territory-types';
import type { Identity } from '@passerelle/platform/auth';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { managedScope } from './access';
import { greatCircleKmSql, placePoint, territoryCondition } from './place-sql';

/**
 * Likely duplicates: two places of the same département with the same pivot (SIRET or RNA, not
 * the producers' "none" value), or with alike names (trigram similarity ≥ 0.5) within 100 m.
 * Pairs a data manager dismissed are left out.
 */

export const NO_PIVOT = '00000000000000';
const MAX_DISTANCE_METERS = 100;
const MIN_NAME_SIMILARITY = 0.5;
/** A generous box in degrees around a place, before the exact distance. */
const NEARBY_DEGREES = 0.002;

export interface DuplicatePair {
  firstId: string;
  secondId: string;
  samePivot: boolean;
  nameSimilarity: number;
  distanceMeters: number | null;
}

/** The places (of the table aliased `alias`) the caller manages, in SQL. */
function managedBy(identity: Identity, alias: string): Prisma.Sql {
  const scope = managedScope(identity);
  if (scope === 'all') return Prisma.sql`TRUE`;
  const table = Prisma.raw(alias);
  return Prisma.sql`(${table}.dataset = ANY(${scope.datasets}) OR ${table}.department_code = ANY(${scope.departments}))`;
}

export async function findDuplicates(
  prisma: PrismaClient,
  territories: TerritoryReference[],
  identity: Identity,
  page: { limit: number; offset: number },
): Promise<{ pairs: DuplicatePair[]; totalCount: number }> {
  const distance = Prisma.sql`(1000 * ${greatCircleKmSql(placePoint('a'), placePoint('b'))})`;
  const rows = await prisma.$queryRaw<
    {
      first_id: string;
      second_id: string;
      same_pivot: boolean;
      name_similarity: number;
      distance_m: number | null;
      total: bigint;
    }[]
  >`
    WITH candidates AS (
      SELECT a.id AS first_id, b.id AS second_id,
        (a.pivot = b.pivot AND a.pivot <> ${NO_PIVOT}) AS same_pivot,
        similarity(a.sort_name, b.sort_name)::float8 AS name_similarity,
        CASE WHEN a.geo IS NOT NULL AND b.geo IS NOT NULL THEN ${distance} END AS distance_m
      FROM place a JOIN place b ON a.id < b.id AND a.department_code = b.department_code
      WHERE a.archived_at IS NULL AND b.archived_at IS NULL
        AND ${territoryCondition(territories, 'a')} AND ${territoryCondition(territories, 'b')}
        AND (${managedBy(identity, 'a')} OR ${managedBy(identity, 'b')})
        AND ((a.pivot = b.pivot AND a.pivot <> ${NO_PIVOT})
          OR (a.geo <-> b.geo < ${NEARBY_DEGREES} AND similarity(a.sort_name, b.sort_name) >= ${MIN_NAME_SIMILARITY}))
        AND NOT EXISTS (SELECT 1 FROM place_duplicate_dismissal d WHERE d.first_place_id = a.id AND d.second_place_id = b.id)
    )
    SELECT *, count(*) OVER () AS total FROM candidates
    WHERE same_pivot OR distance_m <= ${MAX_DISTANCE_METERS}
    ORDER BY same_pivot DESC, name_similarity DESC, first_id, second_id
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return {
    totalCount: Number(rows[0]?.total ?? 0),
    pairs: rows.map((row) => ({
      firstId: row.first_id,
      secondId: row.second_id,
      samePivot: row.same_pivot,
      nameSimilarity: Math.round(row.name_similarity * 100) / 100,
      distanceMeters: row.distance_m === null ? null : Math.round(row.distance_m),
    })),
  };
}
