import type { V1Column } from '../standard/columns';
import type { PlaceFields } from '../standard/validate';

/**
 * Data quality of a place: stale when its producer has not updated it for 12 months; complete
 * in proportion to the recommended fields it fills (what a person needs to find and reach it).
 */

export const STALE_AFTER_MONTHS = 12;

/** The day before which a place's `date_maj` makes it stale. */
export function staleBefore(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - STALE_AFTER_MONTHS, now.getUTCDate()));
}

export function isStale(place: Pick<PlaceFields, 'updatedOn'>, now: Date): boolean {
  return place.updatedOn.getTime() < staleBefore(now).getTime();
}

const RECOMMENDED: [V1Column | 'latitude/longitude', (place: PlaceFields) => boolean][] = [
  ['code_insee', (place) => place.communeCode !== null],
  ['latitude/longitude', (place) => place.latitude !== null],
  ['telephone', (place) => place.phone !== null],
  ['courriels', (place) => place.emails.length > 0],
  ['site_web', (place) => place.websites.length > 0],
  ['horaires', (place) => place.openingHours !== null],
  ['presentation_resume', (place) => place.summary !== null],
  ['presentation_detail', (place) => place.description !== null],
  ['typologie', (place) => place.structureTypes.length > 0],
  ['services', (place) => place.services.length > 0],
  ['frais_a_charge', (place) => place.fees.length > 0],
  ['modalites_acces', (place) => place.accessModes.length > 0],
  ['modalites_accompagnement', (place) => place.supportModes.length > 0],
  ['fiche_acces_libre', (place) => place.accessibilitySheetUrl !== null],
];

export function missingRecommendedFields(place: PlaceFields): string[] {
  return RECOMMENDED.filter(([, filled]) => !filled(place)).map(([column]) => column);
}

/** Share of the recommended fields filled, from 0 to 1 (two decimals). */
export function completeness(place: PlaceFields): number {
  const filled = RECOMMENDED.length - missingRecommendedFields(place).length;
  return Math.round((filled / RECOMMENDED.length) * 100) / 100;
}
