import { createHash } from 'node:crypto';

/**
 * A UUID derived from names (version 5 layout, SHA-1): the same names always give the same id,
 * in any subgraph and any database. A place imported again into an empty database keeps its id;
 * one subgraph's demo data can refer to another's.
 */
export function stableId(...names: string[]): string {
  const bytes = createHash('sha1').update(names.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A directory place's id: from its source and its id there (see the directory's place rows). */
export function placeIdOf(dataset: string, externalId: string): string {
  return stableId('place', dataset, externalId);
}

/** The dataset of the directory's demo places. */
export const DEMO_PLACE_DATASET = 'demo';

/**
 * A demo place's id. The directory's demo seed gives every département at least 8 places, with
 * external ids `demo-<département code in lower case>-0001` to `-0008` (`demo-40-0003`, `demo-2a-0001`):
 * other subgraphs' demo data link to them.
 */
export function demoPlaceId(departmentCode: string, index: number): string {
  return placeIdOf(DEMO_PLACE_DATASET, demoPlaceExternalId(departmentCode, index));
}

export function demoPlaceExternalId(departmentCode: string, index: number): string {
  return `demo-${departmentCode.toLowerCase()}-${String(index).padStart(4, '0')}`;
}

/**
 * The funding programmes of the demo data, by slug. The funding seed creates them; the governance
 * seed's road-map actions ask them for money.
 */
export const DEMO_PROGRAM_SLUGS = [
  'conseillers-numeriques',
  'france-services',
  'fabriques-de-territoire',
  'france-numerique-ensemble',
  'pass-numerique',
  'aidants-connect',
  'fse-plus-inclusion',
  'banque-des-territoires-ingenierie',
  'caf-fonds-publics-et-territoires',
  'fondation-orange-solidarite',
] as const;

export type DemoProgramSlug = (typeof DEMO_PROGRAM_SLUGS)[number];

export function demoProgramId(slug: string): string {
  return stableId('funding-program', slug);
}
