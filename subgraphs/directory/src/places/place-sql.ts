import { MUNICIPAL_ARRONDISSEMENTS, type TerritoryKind } from '@passerelle/contracts/territories';
import { type TerritoryReference } from '@passerelle/contracts/territory-types';
import { Prisma } from '../generated/prisma/client';

/** SQL over the `place` table that searches, facets, exports and duplicates share. */

const EARTH_RADIUS_KM = 6371;

/** A point in SQL: two columns, or two values. */
export interface SqlPoint {
  latitude: Prisma.Sql;
  longitude: Prisma.Sql;
}

/** A place's own coordinates (of the table aliased `alias`, if any). */
export function placePoint(alias = ''): SqlPoint {
  const prefix = alias ? `${alias}.` : '';
  return { latitude: Prisma.raw(`${prefix}latitude`), longitude: Prisma.raw(`${prefix}longitude`) };
}

/** A point given by its coordinates. */
export function valuePoint(latitude: number, longitude: number): SqlPoint {
  return { latitude: Prisma.sql`${latitude}`, longitude: Prisma.sql`${longitude}` };
}

/** Great-circle (haversine) distance in km between two points; null when one has no coordinates. */
export function greatCircleKmSql(from: SqlPoint, to: SqlPoint): Prisma.Sql {
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM} * asin(sqrt(
    power(sin(radians(${to.latitude} - ${from.latitude}) / 2), 2) +
    cos(radians(${from.latitude})) * cos(radians(${to.latitude})) * power(sin(radians(${to.longitude} - ${from.longitude}) / 2), 2))))`;
}

const TERRITORY_COLUMNS: Record<TerritoryKind, string> = {
  REGION: 'region_code',
  DEPARTMENT: 'department_code',
  COMMUNE: 'commune_code',
};

/** Places (of the table aliased `alias`, if any) in any of the territories. */
export function territoryCondition(territories: TerritoryReference[], alias = ''): Prisma.Sql {
  const conditions = territories.map(({ kind, code }) => {
    // Paris, Lyon and Marseille include their municipal arrondissements.
    const codes = kind === 'COMMUNE' ? [code, ...(MUNICIPAL_ARRONDISSEMENTS[code] ?? [])] : [code];
    return Prisma.sql`${Prisma.raw(`${alias ? `${alias}.` : ''}${TERRITORY_COLUMNS[kind]}`)} = ANY(${codes})`;
  });
  return Prisma.sql`(${Prisma.join(conditions, ' OR ')})`;
}
