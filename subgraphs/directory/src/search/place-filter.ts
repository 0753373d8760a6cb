import { type TerritoryReference } from '@passerelle/contracts/territory-types';
import { normalizeForSearch } from '@passerelle/platform/validation';
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import { isOpenAt } from '../opening-hours/opening-hours';
import { DEPARTMENTS_WITH_OWN_ZONE } from '../opening-hours/zones';
import { greatCircleKmSql, placePoint, territoryCondition, valuePoint } from '../places/place-sql';
import { staleBefore } from '../places/quality';
import type { VocabularyField } from '../standard/vocabulary';

/**
 * One filter for every way of reading places: the `places` search, `placeFacets`, and the
 * exports. It becomes one SQL condition; archived places never match.
 */
export interface PlaceFilter {
  /** Any of these régions, départements or communes. */
  territories?: TerritoryReference[];
  /** And always inside this one (a département's places, a portal's scope). */
  within?: TerritoryReference;
  near?: { latitude: number; longitude: number; radiusKm: number };
  boundingBox?: { south: number; west: number; north: number; east: number };
  /** For each enumerated field, any of these values. */
  values?: { [Field in VocabularyField]?: string[] };
  structureTypes?: string[];
  datasets?: string[];
  hasCoordinates?: boolean;
  /** Open at this instant (evaluated in the place's time zone, public holidays included). */
  openAt?: Date;
  /** Words searched in name, commune, summary and description, accents and word endings ignored. */
  text?: string;
  /** Only stale places (not updated for 12 months), or only fresh ones. */
  stale?: boolean;
}

const KM_PER_DEGREE = 111.32;

/**
 * A filter turned into SQL once, for every query a read makes of it (its page and total, its
 * order, its distances).
 */
export interface CompiledPlaceFilter {
  /** Every condition of the filter, as one. */
  condition: Prisma.Sql;
  /** Each place's great-circle distance in km to the filter's `near` point, if it has one. */
  distanceKm: Prisma.Sql | null;
  /** The words searched, as a prefix-matching French full-text query, if there is a word. */
  textQuery: Prisma.Sql | null;
}

/** The words of a search box as a prefix-matching full-text query ('' when no word). */
function textQueryOf(text: string): string {
  return normalizeForSearch(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => `${word}:*`)
    .join(' & ');
}

const ENUM_COLUMNS: Record<VocabularyField, string> = {
  itinerance: 'itinerance',
  services: 'services',
  specificPublics: 'specific_publics',
  specificSupport: 'specific_support',
  fees: 'fees',
  nationalPrograms: 'national_programs',
  trainingLabels: 'training_labels',
  accessModes: 'access_modes',
  supportModes: 'support_modes',
};

/** Each place's opening zone key, in SQL: its département when that has its own zone, else 'FR'. */
const zoneSql = Prisma.raw(
  `(CASE WHEN department_code IN (${DEPARTMENTS_WITH_OWN_ZONE.map((code) => `'${code}'`).join(', ')}) THEN department_code ELSE 'FR' END)`,
);
/** A département of the zone, to evaluate hours there. */
const departmentOfZone = (zone: string) => (zone === 'FR' ? '75' : zone);

/** Every condition of the filter but opening hours, which need the places' hours first. */
function staticConditions(
  filter: PlaceFilter,
  now: Date,
  { distanceKm, textQuery }: Omit<CompiledPlaceFilter, 'condition'>,
): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`archived_at IS NULL`];
  if (filter.territories?.length) conditions.push(territoryCondition(filter.territories));
  if (filter.within) conditions.push(territoryCondition([filter.within]));
  if (filter.near) {
    const { latitude, longitude, radiusKm } = filter.near;
    const dLatitude = radiusKm / KM_PER_DEGREE;
    const dLongitude = radiusKm / (KM_PER_DEGREE * Math.max(Math.cos((latitude * Math.PI) / 180), 0.01));
    // The box uses the GiST index; the exact distance then trims its corners.
    conditions.push(
      Prisma.sql`geo <@ box(point(${longitude - dLongitude}, ${latitude - dLatitude}), point(${longitude + dLongitude}, ${latitude + dLatitude}))`,
      Prisma.sql`${distanceKm} <= ${radiusKm}`,
    );
  }
  if (filter.boundingBox) {
    const { south, west, north, east } = filter.boundingBox;
    conditions.push(Prisma.sql`geo <@ box(point(${west}, ${south}), point(${east}, ${north}))`);
  }
  for (const [field, values] of Object.entries(filter.values ?? {})) {
    if (values?.length)
      conditions.push(Prisma.sql`${Prisma.raw(ENUM_COLUMNS[field as VocabularyField])} && ${values}::text[]`);
  }
  if (filter.structureTypes?.length)
    conditions.push(Prisma.sql`structure_types && ${filter.structureTypes}::text[]`);
  if (filter.datasets?.length) conditions.push(Prisma.sql`dataset = ANY(${filter.datasets})`);
  if (filter.hasCoordinates !== undefined) {
    conditions.push(filter.hasCoordinates ? Prisma.sql`geo IS NOT NULL` : Prisma.sql`geo IS NULL`);
  }
  if (textQuery) conditions.push(Prisma.sql`search_vector @@ ${textQuery}`);
  if (filter.stale !== undefined) {
    const boundary = staleBefore(now);
    conditions.push(
      filter.stale ? Prisma.sql`updated_on < ${boundary}` : Prisma.sql`updated_on >= ${boundary}`,
    );
  }
  return conditions;
}

/**
 * The filter in SQL. Opening hours are OpenStreetMap rules that only JavaScript evaluates: the
 * distinct (hours, zone) pairs of the otherwise matching places are evaluated once each, and the
 * condition keeps the pairs open at that instant.
 */
export async function compilePlaceFilter(
  prisma: PrismaClient,
  filter: PlaceFilter,
  now: Date,
): Promise<CompiledPlaceFilter> {
  const words = filter.text === undefined ? '' : textQueryOf(filter.text);
  const parts = {
    distanceKm: filter.near
      ? greatCircleKmSql(valuePoint(filter.near.latitude, filter.near.longitude), placePoint())
      : null,
    textQuery: words ? Prisma.sql`to_tsquery('passerelle_french', ${words})` : null,
  };
  const conditions = staticConditions(filter, now, parts);
  if (filter.openAt) {
    const instant = filter.openAt;
    const candidates = await prisma.$queryRaw<{ hours: string; zone: string }[]>`
      SELECT DISTINCT opening_hours AS hours, ${zoneSql} AS zone
      FROM place WHERE ${Prisma.join(conditions, ' AND ')} AND opening_hours IS NOT NULL`;
    const open = candidates.filter(({ hours, zone }) => isOpenAt(hours, departmentOfZone(zone), instant));
    conditions.push(
      open.length
        ? Prisma.sql`(opening_hours, ${zoneSql}) IN (${Prisma.join(open.map(({ hours, zone }) => Prisma.sql`(${hours}, ${zone})`))})`
        : Prisma.sql`FALSE`,
    );
  }
  return { ...parts, condition: Prisma.join(conditions, ' AND ') };
}
